/**
 * The directory: domains, accounts (argon2id password hashes), aliases and groups.
 * Untrusted input: login names and passwords from SMTP AUTH (and IMAP/POP3 later).
 */
package dev.junction.directory;
