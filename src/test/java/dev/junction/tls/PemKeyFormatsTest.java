package dev.junction.tls;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The key formats operators bring: OpenSSL's traditional PKCS#1 / SEC1 blocks and PKCS#8. */
class PemKeyFormatsTest {

    @TempDir
    Path dir;

    /**
     * OpenSSL's SEC1 block carries the curve inside ECPrivateKey; the JDK's PKCS#8 encoding
     * keeps it only in the algorithm identifier, so the block is built as OpenSSL writes it.
     */
    private static String opensslEcBlock(KeyPair pair) throws Exception {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pair.getPrivate().getEncoded());
        BigInteger d = ((java.security.interfaces.ECPrivateKey) pair.getPrivate()).getS();
        byte[] sec1 = new ECPrivateKey(256, d, info.getPrivateKeyAlgorithm().getParameters()).getEncoded();
        return "-----BEGIN EC PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(sec1) + "\n-----END EC PRIVATE KEY-----\n";
    }

    @ParameterizedTest
    @CsvSource({
            "RSA, 2048, traditional, -----BEGIN RSA PRIVATE KEY-----",
            "EC,  256,  traditional, -----BEGIN EC PRIVATE KEY-----",
            "RSA, 2048, pkcs8,       -----BEGIN PRIVATE KEY-----",
            "EC,  256,  pkcs8,       -----BEGIN PRIVATE KEY-----"})
    void keyBlocksAreRead(String algorithm, int bits, String format, String header) throws Exception {
        KeyPairGenerator gen = KeyPairGenerator.getInstance(algorithm);
        gen.initialize(bits);
        KeyPair pair = gen.generateKeyPair();
        String pem;
        if (format.equals("traditional") && algorithm.equals("EC")) {
            pem = opensslEcBlock(pair);
        } else if (format.equals("traditional")) {
            StringWriter w = new StringWriter();
            try (JcaPEMWriter writer = new JcaPEMWriter(w)) {
                writer.writeObject(pair.getPrivate());
            }
            pem = w.toString();
        } else {
            pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        }
        assertThat(pem).startsWith(header);
        Path key = Files.writeString(dir.resolve("key.pem"), pem);
        Path cert = Files.writeString(dir.resolve("cert.pem"), SelfSignedCertificate.generate("a.example").certificatePem());

        TlsMaterial loaded = TlsMaterial.load(cert, key);

        assertThat(loaded.key().getAlgorithm()).isEqualTo(algorithm);
        // The loaded key is the same key: what it signs, the original public key verifies.
        java.security.Signature sign = java.security.Signature.getInstance(algorithm.equals("EC") ? "SHA256withECDSA" : "SHA256withRSA");
        sign.initSign(loaded.key());
        sign.update(new byte[] {1, 2, 3});
        byte[] signature = sign.sign();
        sign.initVerify(pair.getPublic());
        sign.update(new byte[] {1, 2, 3});
        assertThat(sign.verify(signature)).isTrue();
    }
}
