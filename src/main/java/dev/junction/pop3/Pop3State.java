package dev.junction.pop3;

/**
 * RFC 1939 3: AUTHORIZATION until a login succeeds and the maildrop is locked, then TRANSACTION.
 * The UPDATE state is QUIT's work in TRANSACTION and needs no state of its own.
 */
enum Pop3State { AUTHORIZATION, TRANSACTION }
