package dev.junction.store;

/** A store that keeps blob ids (the mail store, the spool): asked before a blob is collected. */
public interface BlobReferences {

    boolean references(BlobId id);
}
