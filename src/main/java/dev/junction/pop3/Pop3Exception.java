package dev.junction.pop3;

/** A command failed in one of the {@link Pop3Error} ways. */
final class Pop3Exception extends Exception {

    private final Pop3Error error;

    Pop3Exception(Pop3Error error) {
        super(error.name(), null, false, false);
        this.error = error;
    }

    Pop3Error error() {
        return error;
    }
}
