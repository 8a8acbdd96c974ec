package dev.junction.smtp;

import java.io.IOException;

/**
 * One SMTP verb. The session has already checked the {@link CommandTable} row (state, TLS,
 * authentication) before {@link #execute} runs; a command replies itself or throws.
 */
interface SmtpCommand {

    void execute(SmtpSession session, String argument) throws IOException, SmtpException;

    /**
     * Called instead of {@link #execute} when the table refuses the command, for commands that
     * carry a payload the session must still consume (BDAT).
     */
    default void refused(SmtpSession session, String argument) throws IOException, SmtpException {
    }
}
