package dev.junction.imap.protocol;

/** ESEARCH result options (RFC 4731) and SAVE (RFC 5182). */
public enum SearchReturn { MIN, MAX, ALL, COUNT, SAVE }
