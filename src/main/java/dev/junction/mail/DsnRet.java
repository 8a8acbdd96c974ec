package dev.junction.mail;

/** RFC 3461 RET: return the full message or only its headers in a DSN. */
public enum DsnRet { FULL, HDRS }
