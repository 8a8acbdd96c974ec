package dev.junction.smtp;

/**
 * The closed set of ways an SMTP command can fail, each mapped once to its reply
 * (RFC 5321 codes, RFC 3463 enhanced codes). Clients see only this generic text; the detail
 * goes to the log with the session id. Kinds that close the session say so.
 */
public enum SmtpError {
    UNKNOWN_COMMAND(500, "5.5.1", "Unknown command"),
    LINE_TOO_LONG(500, "5.5.2", "Line too long"),
    SYNTAX(501, "5.5.4", "Syntax error in parameters or arguments"),
    BAD_SENDER_SYNTAX(501, "5.1.7", "Bad sender address syntax"),
    BAD_RECIPIENT_SYNTAX(501, "5.1.3", "Bad recipient address syntax"),
    BAD_BASE64(501, "5.5.2", "Invalid base64 data"),
    AUTH_ABORTED(501, "5.0.0", "Authentication aborted"),
    BAD_SEQUENCE(503, "5.5.1", "Bad sequence of commands"),
    UNKNOWN_MECHANISM(504, "5.5.4", "Unrecognized authentication mechanism"),
    UNKNOWN_PARAMETER(555, "5.5.4", "Unsupported MAIL FROM or RCPT TO parameter"),
    TLS_REQUIRED(530, "5.7.0", "Must issue a STARTTLS command first"),
    AUTH_REQUIRED(530, "5.7.0", "Authentication required"),
    AUTH_FAILED(535, "5.7.8", "Authentication credentials invalid"),
    AUTH_THROTTLED(454, "4.7.0", "Too many authentication failures, try later"),
    TLS_UNAVAILABLE(454, "4.7.0", "TLS not available"),
    UNKNOWN_USER(550, "5.1.1", "Recipient address rejected: user unknown"),
    RELAY_DENIED(554, "5.7.1", "Relay access denied"),
    SENDER_NOT_OWNED(553, "5.7.1", "Sender address rejected: not owned by user"),
    UTF8_REQUIRED(553, "5.6.7", "Non-ASCII address requires SMTPUTF8"),
    TOO_MANY_RECIPIENTS(452, "4.5.3", "Too many recipients"),
    MESSAGE_TOO_BIG(552, "5.3.4", "Message size exceeds fixed maximum message size"),
    TEMPORARY(451, "4.3.0", "Temporary failure, please try again later"),
    MESSAGE_FAR_TOO_BIG(552, "5.3.4", "Message size exceeds fixed maximum message size", true),
    STARTTLS_PIPELINED(554, "5.5.1", "Command pipelined after STARTTLS", true),
    TOO_MANY_ERRORS(421, "4.7.0", "Too many errors, closing connection", true),
    TOO_MANY_AUTH_FAILURES(421, "4.7.0", "Too many failed authentications, closing connection", true),
    TOO_MANY_CONNECTIONS(421, "4.7.0", "Too many connections, try again later", true),
    TIMEOUT(421, "4.4.2", "Timeout, closing connection", true),
    LOCAL_ERROR(421, "4.3.0", "Local error, closing connection", true);

    private final SmtpReply reply;
    private final boolean closesSession;

    SmtpError(int code, String enhanced, String text) {
        this(code, enhanced, text, false);
    }

    SmtpError(int code, String enhanced, String text, boolean closesSession) {
        this.reply = SmtpReply.of(code, enhanced, text);
        this.closesSession = closesSession;
    }

    public SmtpReply reply() {
        return reply;
    }

    /** The same code with a more specific client-safe text. */
    public SmtpReply reply(String text) {
        return SmtpReply.of(reply.code(), reply.enhanced(), text);
    }

    public boolean closesSession() {
        return closesSession;
    }
}
