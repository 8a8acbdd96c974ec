package dev.junction.mail;

/** RFC 3461 NOTIFY conditions. */
public enum Notify { NEVER, SUCCESS, FAILURE, DELAY }
