package dev.junction.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The bearer token of the admin API: 32 random bytes, base64url, in {@code <data_dir>/admin.token}
 * with mode 0600. Whoever can read the file administers the node; the CLI reads it from there.
 */
public final class AdminToken {

    public static final String FILE = "admin.token";

    private final String value;

    private AdminToken(String value) {
        this.value = value;
    }

    public static Path file(Path dataDir) {
        return dataDir.resolve(FILE);
    }

    /** Reads the token, creating it on first start. */
    public static AdminToken loadOrCreate(Path dataDir) throws IOException {
        Path file = file(dataDir);
        if (Files.exists(file)) return read(dataDir);
        Files.createDirectories(dataDir);
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path tmp = file.resolveSibling(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, token + "\n", StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return new AdminToken(token);
    }

    public static AdminToken read(Path dataDir) throws IOException {
        String token = Files.readString(file(dataDir), StandardCharsets.US_ASCII).strip();
        if (token.isEmpty()) throw new IOException(file(dataDir) + " is empty");
        return new AdminToken(token);
    }

    public String value() {
        return value;
    }

    /** Compares in constant time, so response timing does not leak the token. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public String toString() {
        return "AdminToken[hidden]";
    }
}
