package dev.junction.directory;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Password hashes as PHC strings: new ones are argon2id
 * ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}, OWASP's minimum); verification also
 * accepts bcrypt ({@code $2a$}, {@code $2b$}, {@code $2y$}) so imported hashes keep working.
 * Stored parameters are bounded, so a tampered row cannot make a login cost gigabytes.
 */
public final class PasswordHasher {

    static final int MEMORY_KIB = 19456;
    static final int ITERATIONS = 2;
    static final int PARALLELISM = 1;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int MAX_MEMORY_KIB = 1 << 20;
    private static final int MAX_ITERATIONS = 16;
    private static final int MAX_PARALLELISM = 16;
    private static final int MAX_BCRYPT_COST = 16;

    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final SecureRandom random = new SecureRandom();

    /** A new argon2id PHC string for the password. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] out = argon2(password, salt, MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_BYTES);
        return "$argon2id$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM
                + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(out);
    }

    /** True when the password matches the stored hash; false for a wrong password or an unreadable hash. */
    public boolean verify(char[] password, String stored) {
        if (stored == null) return false;
        if (stored.startsWith("$argon2id$")) return verifyArgon2(password, stored);
        if (stored.startsWith("$2a$") || stored.startsWith("$2b$") || stored.startsWith("$2y$")) {
            return verifyBcrypt(password, stored);
        }
        return false;
    }

    private static boolean verifyBcrypt(char[] password, String stored) {
        // $2b$10$... : the cost is two digits; each step doubles the work
        if (stored.length() != 60 || stored.charAt(6) != '$') return false;
        int cost;
        try {
            cost = Integer.parseInt(stored.substring(4, 6));
        } catch (NumberFormatException e) {
            return false;
        }
        if (cost < 4 || cost > MAX_BCRYPT_COST) return false;
        try {
            return OpenBSDBCrypt.checkPassword(stored, password);
        } catch (RuntimeException e) { // BouncyCastle's DataLengthException and IllegalArgumentException
            return false;
        }
    }

    private static boolean verifyArgon2(char[] password, String stored) {
        // $argon2id$v=19$m=..,t=..,p=..$salt$hash splits into "", argon2id, v=19, params, salt, hash
        String[] parts = stored.split("\\$");
        if (parts.length != 6 || !parts[2].equals("v=19")) return false;
        int m = 0, t = 0, p = 0;
        for (String kv : parts[3].split(",")) {
            int eq = kv.indexOf('=');
            if (eq < 0) return false;
            int v;
            try {
                v = Integer.parseInt(kv.substring(eq + 1));
            } catch (NumberFormatException e) {
                return false;
            }
            switch (kv.substring(0, eq)) {
                case "m" -> m = v;
                case "t" -> t = v;
                case "p" -> p = v;
                default -> {
                    return false;
                }
            }
        }
        if (p < 1 || p > MAX_PARALLELISM || t < 1 || t > MAX_ITERATIONS || m < 8 * p || m > MAX_MEMORY_KIB) return false;
        byte[] salt;
        byte[] expected;
        try {
            salt = B64D.decode(parts[4]);
            expected = B64D.decode(parts[5]);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (salt.length < 8 || expected.length < 16 || expected.length > 64) return false;
        return MessageDigest.isEqual(expected, argon2(password, salt, m, t, p, expected.length));
    }

    private static byte[] argon2(char[] password, byte[] salt, int memoryKib, int iterations, int parallelism, int length) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKib)
                .withIterations(iterations)
                .withParallelism(parallelism)
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[length];
        generator.generateBytes(password, out);
        return out;
    }
}
