package dev.junction.imap.protocol;

/** One sort key of SORT (RFC 5256; DISPLAYFROM/DISPLAYTO from RFC 5957). */
public record SortCriterion(Key key, boolean reverse) {

    public enum Key { ARRIVAL, CC, DATE, FROM, SIZE, SUBJECT, TO, DISPLAYFROM, DISPLAYTO }
}
