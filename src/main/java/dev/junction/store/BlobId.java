package dev.junction.store;

/** A message body's address in the blob store: the lower-case hex SHA-256 of its bytes. */
public record BlobId(String hex) {

    public BlobId {
        if (hex.length() != 64 || !hex.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            throw new IllegalArgumentException("not a sha-256 hex digest: " + hex);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
