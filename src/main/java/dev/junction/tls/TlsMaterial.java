package dev.junction.tls;

import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMException;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A certificate chain (leaf first) and its private key. PEM is parsed with BouncyCastle's
 * lightweight classes; keys and certificates are converted by the JDK's own providers, because
 * the shaded jar carries no signed BouncyCastle provider.
 */
public record TlsMaterial(List<X509Certificate> chain, PrivateKey key) {

    public TlsMaterial {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) throw new IllegalArgumentException("empty certificate chain");
    }

    /** Reads a PEM certificate chain and a PEM private key; the message says which file is wrong. */
    public static TlsMaterial load(Path certificatePem, Path keyPem) throws IOException {
        List<X509Certificate> chain = new ArrayList<>();
        JcaX509CertificateConverter certs = new JcaX509CertificateConverter();
        for (Object o : readAll(certificatePem)) {
            if (o instanceof X509CertificateHolder h) {
                try {
                    chain.add(certs.getCertificate(h));
                } catch (CertificateException e) {
                    throw new IOException(certificatePem + ": bad certificate: " + e.getMessage(), e);
                }
            }
        }
        if (chain.isEmpty()) throw new IOException(certificatePem + ": no CERTIFICATE block found");
        return new TlsMaterial(chain, readKey(keyPem));
    }

    private static PrivateKey readKey(Path keyPem) throws IOException {
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        for (Object o : readAll(keyPem)) {
            if (o instanceof PEMEncryptedKeyPair || o instanceof PKCS8EncryptedPrivateKeyInfo) {
                throw new IOException(keyPem + ": the private key is encrypted; give an unencrypted key");
            }
            try {
                if (o instanceof PEMKeyPair pair) return keys.getPrivateKey(pair.getPrivateKeyInfo());
                if (o instanceof PrivateKeyInfo info) return keys.getPrivateKey(info);
            } catch (PEMException e) {
                throw new IOException(keyPem + ": unusable private key: " + e.getMessage(), e);
            }
        }
        throw new IOException(keyPem + ": no private key block found");
    }

    private static List<Object> readAll(Path pem) throws IOException {
        List<Object> objects = new ArrayList<>();
        try (Reader r = Files.newBufferedReader(pem, StandardCharsets.US_ASCII); PEMParser parser = new PEMParser(r)) {
            for (Object o = parser.readObject(); o != null; o = parser.readObject()) objects.add(o);
        } catch (IOException e) {
            throw new IOException(pem + ": " + e.getMessage(), e);
        }
        return objects;
    }

    /** The chain as PEM CERTIFICATE blocks. */
    public String certificatePem() {
        StringBuilder b = new StringBuilder();
        for (X509Certificate c : chain) {
            try {
                b.append(pem("CERTIFICATE", c.getEncoded()));
            } catch (java.security.cert.CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return b.toString();
    }

    /** The key as a PKCS#8 PRIVATE KEY block. */
    public String keyPem() {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
