package dev.junction.net;

/** A command line the protocol cannot read: longer than its limit, or not UTF-8. */
public final class MalformedLineException extends Exception {

    private final boolean tooLong;

    MalformedLineException(boolean tooLong) {
        super(tooLong ? "line too long" : "line not UTF-8", null, false, false);
        this.tooLong = tooLong;
    }

    /** True when the line was over the limit (and was read to its end and dropped). */
    public boolean tooLong() {
        return tooLong;
    }
}
