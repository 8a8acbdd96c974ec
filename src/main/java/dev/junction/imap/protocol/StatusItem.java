package dev.junction.imap.protocol;

/**
 * STATUS data items (RFC 9051 6.3.11, RFC 3501 RECENT, RFC 7162 HIGHESTMODSEQ, RFC 7889
 * APPENDLIMIT, RFC 9208 DELETED-STORAGE).
 */
public enum StatusItem {
    MESSAGES, RECENT, UIDNEXT, UIDVALIDITY, UNSEEN, DELETED, SIZE, HIGHESTMODSEQ, APPENDLIMIT, DELETED_STORAGE;

    /** The item's name on the wire. */
    public String keyword() {
        return name().replace('_', '-');
    }

    /** The item a client named (upper case), or null for one Junction does not know. */
    static StatusItem of(String keyword) {
        for (StatusItem item : values()) {
            if (item.keyword().equals(keyword)) return item;
        }
        return null;
    }
}
