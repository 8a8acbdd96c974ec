package dev.junction.cli;

/** A failure the CLI reports as one line on standard error, with its exit status. */
final class CliException extends RuntimeException {

    static final int FAILED = 1;
    static final int USAGE = 2;

    private final int exitCode;

    CliException(String message) {
        this(message, FAILED);
    }

    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
