package dev.junction.imap.protocol;

/** The status of a status response (RFC 9051 7.1): resp-cond-state, -auth and -bye. */
public enum Condition { OK, NO, BAD, PREAUTH, BYE }
