package dev.junction.imap.protocol;

import java.util.List;

/**
 * A response code, the bracketed part of a status response (RFC 9051 7.1, RFC 5530, RFC 4315
 * UIDPLUS, RFC 7162 CONDSTORE/QRESYNC, RFC 6154 USEATTR). {@code arguments} is already in wire form, or null.
 */
public record ResponseCode(String name, String arguments) {

    public static final ResponseCode ALERT = of("ALERT");
    public static final ResponseCode PARSE = of("PARSE");
    public static final ResponseCode READ_ONLY = of("READ-ONLY");
    public static final ResponseCode READ_WRITE = of("READ-WRITE");
    public static final ResponseCode TRYCREATE = of("TRYCREATE");
    public static final ResponseCode TOOBIG = of("TOOBIG");
    public static final ResponseCode OVERQUOTA = of("OVERQUOTA");
    public static final ResponseCode ALREADYEXISTS = of("ALREADYEXISTS");
    public static final ResponseCode NONEXISTENT = of("NONEXISTENT");
    public static final ResponseCode CANNOT = of("CANNOT");
    public static final ResponseCode LIMIT = of("LIMIT");
    public static final ResponseCode INUSE = of("INUSE");
    public static final ResponseCode SERVERBUG = of("SERVERBUG");
    public static final ResponseCode CLIENTBUG = of("CLIENTBUG");
    public static final ResponseCode AUTHENTICATIONFAILED = of("AUTHENTICATIONFAILED");
    public static final ResponseCode AUTHORIZATIONFAILED = of("AUTHORIZATIONFAILED");
    public static final ResponseCode EXPIRED = of("EXPIRED");
    public static final ResponseCode PRIVACYREQUIRED = of("PRIVACYREQUIRED");
    public static final ResponseCode CONTACTADMIN = of("CONTACTADMIN");
    public static final ResponseCode NOPERM = of("NOPERM");
    public static final ResponseCode EXPUNGEISSUED = of("EXPUNGEISSUED");
    public static final ResponseCode CORRUPTION = of("CORRUPTION");
    public static final ResponseCode UNAVAILABLE = of("UNAVAILABLE");
    public static final ResponseCode HASCHILDREN = of("HASCHILDREN");
    /** RFC 6154: CREATE ... USE named a special use the server cannot give. */
    public static final ResponseCode USEATTR = of("USEATTR");
    public static final ResponseCode UNKNOWN_CTE = of("UNKNOWN-CTE");
    public static final ResponseCode UIDNOTSTICKY = of("UIDNOTSTICKY");
    public static final ResponseCode NOMODSEQ = of("NOMODSEQ");
    public static final ResponseCode CLOSED = of("CLOSED");
    public static final ResponseCode NOTSAVED = of("NOTSAVED");

    private static ResponseCode of(String name) {
        return new ResponseCode(name, null);
    }

    public static ResponseCode uidValidity(long uidValidity) {
        return new ResponseCode("UIDVALIDITY", Long.toString(uidValidity));
    }

    public static ResponseCode uidNext(long uidNext) {
        return new ResponseCode("UIDNEXT", Long.toString(uidNext));
    }

    /** RFC 3501 only: the first unseen message's sequence number. */
    public static ResponseCode unseen(long sequence) {
        return new ResponseCode("UNSEEN", Long.toString(sequence));
    }

    public static ResponseCode highestModSeq(long modSeq) {
        return new ResponseCode("HIGHESTMODSEQ", Long.toString(modSeq));
    }

    public static ResponseCode appendLimit(long octets) {
        return new ResponseCode("APPENDLIMIT", Long.toString(octets));
    }

    public static ResponseCode appendUid(long uidValidity, SequenceSet uids) {
        return new ResponseCode("APPENDUID", uidValidity + " " + uids);
    }

    public static ResponseCode copyUid(long uidValidity, SequenceSet sourceUids, SequenceSet destinationUids) {
        return new ResponseCode("COPYUID", uidValidity + " " + sourceUids + " " + destinationUids);
    }

    /** RFC 7162 3.1.3: the messages STORE UNCHANGEDSINCE did not change. */
    public static ResponseCode modified(SequenceSet set) {
        return new ResponseCode("MODIFIED", set.toString());
    }

    public static ResponseCode capability(List<String> capabilities) {
        return new ResponseCode("CAPABILITY", String.join(" ", capabilities));
    }

    /** Flags include {@code \*} when clients may create keywords. */
    public static ResponseCode permanentFlags(List<String> flags) {
        return new ResponseCode("PERMANENTFLAGS", "(" + String.join(" ", flags) + ")");
    }

    public static ResponseCode badCharset(List<String> supported) {
        return new ResponseCode("BADCHARSET", "(" + String.join(" ", supported) + ")");
    }

    /** {@code [NAME args]}. */
    public String encoded() {
        return "[" + name + (arguments == null ? "" : " " + arguments) + "]";
    }
}
