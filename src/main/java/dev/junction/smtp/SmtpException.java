package dev.junction.smtp;

/**
 * A command failed in one of the {@link SmtpError} ways. The optional text replaces the
 * generic reply text and must be safe to show the client.
 */
public final class SmtpException extends Exception {

    private final SmtpError error;
    private final String clientText;

    public SmtpException(SmtpError error) {
        this(error, null);
    }

    public SmtpException(SmtpError error, String clientText) {
        super(error.name() + (clientText == null ? "" : ": " + clientText), null, false, false);
        this.error = error;
        this.clientText = clientText;
    }

    public SmtpError error() {
        return error;
    }

    public SmtpReply reply() {
        return clientText == null ? error.reply() : error.reply(clientText);
    }
}
