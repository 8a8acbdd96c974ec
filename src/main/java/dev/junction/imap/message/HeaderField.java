package dev.junction.imap.message;

/** One header field, unfolded (CRLF removed) but raw: the name as sent, the value without leading whitespace. */
public record HeaderField(String name, String value) {

    /** The value with RFC 2047 encoded words decoded, for SEARCH HEADER, FROM, SUBJECT and the like. */
    public String decodedValue() {
        return HeaderDecoder.decode(value);
    }
}
