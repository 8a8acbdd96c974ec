package dev.junction.pop3;

/**
 * The closed set of ways a POP3 command can fail, each mapped once to its -ERR line, with the
 * RFC 3206 response code where one applies. Clients see only this generic text; the detail goes
 * to the log with the session id. Kinds that close the session say so.
 */
enum Pop3Error {
    UNKNOWN_COMMAND(null, "Unknown command"),
    LINE_TOO_LONG(null, "Line too long"),
    SYNTAX(null, "Syntax error"),
    BAD_STATE(null, "Command not valid in this state"),
    NO_SUCH_MESSAGE(null, "No such message"),
    MESSAGE_DELETED(null, "Message already deleted"),
    NO_USER(null, "USER first"),
    UNKNOWN_MECHANISM(null, "Unrecognized authentication mechanism"),
    BAD_BASE64(null, "Invalid base64 data"),
    AUTH_ABORTED(null, "Authentication aborted"),
    TLS_ACTIVE(null, "TLS already active"),
    TLS_UNAVAILABLE("SYS/TEMP", "TLS not available"),
    TLS_REQUIRED("AUTH", "TLS required"),
    AUTH_FAILED("AUTH", "Authentication failed"),
    AUTH_THROTTLED("AUTH", "Too many authentication failures, try later"),
    IN_USE("IN-USE", "maildrop locked"),
    TEMPORARY("SYS/TEMP", "Temporary failure, please try again later"),
    STLS_PIPELINED(null, "Command pipelined after STLS", true),
    TOO_MANY_ERRORS(null, "Too many errors, closing connection", true),
    TOO_MANY_AUTH_FAILURES("AUTH", "Too many failed logins, closing connection", true),
    TOO_MANY_CONNECTIONS("SYS/TEMP", "Too many connections, try again later", true),
    LOCK_LOST("SYS/TEMP", "Maildrop lock lost, closing connection", true),
    TIMEOUT(null, "Timeout, closing connection", true),
    LOCAL_ERROR("SYS/TEMP", "Local error, closing connection", true);

    private final String code;
    private final String text;
    private final boolean closesSession;

    Pop3Error(String code, String text) {
        this(code, text, false);
    }

    Pop3Error(String code, String text, boolean closesSession) {
        this.code = code;
        this.text = text;
        this.closesSession = closesSession;
    }

    /** The -ERR line, with the response code in brackets when there is one (RFC 2449 8). */
    String line() {
        return "-ERR " + (code == null ? "" : "[" + code + "] ") + text;
    }

    boolean closesSession() {
        return closesSession;
    }
}
