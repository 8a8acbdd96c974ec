/**
 * The embedded blob store: message bodies as files named by their SHA-256 under
 * {@code <node.data_dir>/blobs}. Bodies are streamed through a temp file in the same file
 * system, fsync'd, renamed atomically and the directory fsync'd, so a committed blob survives a
 * power cut. Identical bodies are stored once.
 * Untrusted input: message bytes (stored, never interpreted here); blob ids are validated hex.
 * Settings: node.data_dir.
 */
package dev.junction.store.file;
