package dev.junction.store;

/** A message body's address in the blob store: the lower-case hex SHA-256 of its bytes. */
public record BlobId(String hex) {

    public BlobId {
        if (!isDigest(hex)) throw new IllegalArgumentException("not a sha-256 hex digest: " + hex);
    }

    // a plain loop: every message row read builds one, and a stream per id showed in IMAP profiles
    private static boolean isDigest(String hex) {
        if (hex.length() != 64) return false;
        for (int i = 0; i < 64; i++) {
            char c = hex.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) return false;
        }
        return true;
    }

    @Override
    public String toString() {
        return hex;
    }
}
