package dev.junction.imap.protocol;

/** RFC 5256 threading algorithms. */
public enum ThreadAlgorithm { ORDEREDSUBJECT, REFERENCES }
