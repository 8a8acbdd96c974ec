package dev.junction.tls;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.Logger;

/**
 * Keeps the generated pair as {@code server.crt} and {@code server.key} (mode 0600) so the node
 * presents the same certificate after a restart. Each file is written to a temporary name and
 * moved into place, so a crash never leaves half a key; the pair is reused only when both exist.
 */
final class SelfSignedStore {

    static final String CERT = "server.crt";
    static final String KEY = "server.key";

    private SelfSignedStore() {
    }

    static TlsMaterial loadOrCreate(Path dir, String hostName, Logger log) throws IOException {
        Path cert = dir.resolve(CERT);
        Path key = dir.resolve(KEY);
        if (Files.exists(cert) && Files.exists(key)) return TlsMaterial.load(cert, key);
        Files.createDirectories(dir);
        TlsMaterial fresh = SelfSignedCertificate.generate(hostName);
        writePrivate(key, fresh.keyPem());
        writePrivate(cert, fresh.certificatePem());
        log.info("generated a self-signed certificate for " + hostName + " in " + dir
                + "; set tls.certificate and tls.key to use a trusted one");
        return fresh;
    }

    private static void writePrivate(Path target, String text) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(tmp);
        }
        Files.writeString(tmp, text, StandardCharsets.US_ASCII);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
