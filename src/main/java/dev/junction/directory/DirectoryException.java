package dev.junction.directory;

/** A directory change that cannot be made; the message is for the administrator. */
public final class DirectoryException extends RuntimeException {

    public DirectoryException(String message) {
        super(message);
    }
}
