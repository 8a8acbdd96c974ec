package dev.junction.imap;

/** The connection states of RFC 9051 section 3; LOGOUT is the end of the session. */
enum ImapState { NOT_AUTHENTICATED, AUTHENTICATED, SELECTED }
