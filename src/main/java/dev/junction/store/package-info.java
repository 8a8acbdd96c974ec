/**
 * The mail store and blob store interfaces (ARCHITECTURE.md, Storage). Backends live in
 * sub-packages; IMAP semantics live above these interfaces, not inside backends.
 */
package dev.junction.store;
