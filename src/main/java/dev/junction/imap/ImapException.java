package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.ResponseCode;

/**
 * A command failed: the session answers {@code tag NO [code] text} or {@code tag BAD [code] text}
 * and reads the next command. The text is for the client; it must not leak internals.
 */
final class ImapException extends Exception {

    private final Condition condition;
    private final ResponseCode code;
    private final boolean closes;

    private ImapException(Condition condition, ResponseCode code, String text, boolean closes) {
        super(text, null, false, false);
        this.condition = condition;
        this.code = code;
        this.closes = closes;
    }

    static ImapException no(ResponseCode code, String text) {
        return new ImapException(Condition.NO, code, text, false);
    }

    static ImapException bad(ResponseCode code, String text) {
        return new ImapException(Condition.BAD, code, text, false);
    }

    /** NO, then the session ends with {@code * BYE} (too many failed logins). */
    static ImapException noThenBye(ResponseCode code, String text) {
        return new ImapException(Condition.NO, code, text, true);
    }

    Condition condition() {
        return condition;
    }

    ResponseCode code() {
        return code;
    }

    boolean closesSession() {
        return closes;
    }
}
