package dev.junction.store;

/** A stored blob and its length in bytes. */
public record BlobRef(BlobId id, long size) {
}
