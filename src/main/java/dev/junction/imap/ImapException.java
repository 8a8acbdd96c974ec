package dev.junction.imap;

import dev.junction.imap.protocol.Condition;
import dev.junction.imap.protocol.ResponseCode;
import dev.junction.store.MailboxException;

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

    /**
     * The NO for a store refusal, the one place where its kinds become response codes (RFC 5530,
     * RFC 6154 USEATTR). The store's text names only what the client sent, so CANNOT and USEATTR,
     * which have several causes, pass it on.
     */
    static ImapException refused(MailboxException e) {
        return switch (e.code()) {
            case NONEXISTENT -> no(ResponseCode.NONEXISTENT, "Mailbox does not exist");
            case ALREADYEXISTS -> no(ResponseCode.ALREADYEXISTS, "Mailbox already exists");
            case HASCHILDREN -> no(ResponseCode.HASCHILDREN, "Mailbox has inferior mailboxes; delete them first");
            case CANNOT -> no(ResponseCode.CANNOT, sentence(e.getMessage()));
            case USEATTR -> no(ResponseCode.USEATTR, sentence(e.getMessage()));
        };
    }

    private static String sentence(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
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
