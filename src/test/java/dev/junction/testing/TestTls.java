package dev.junction.testing;

import dev.junction.tls.SelfSignedCertificate;
import dev.junction.tls.TlsContexts;
import dev.junction.tls.TlsMaterial;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

/** The server context a node without a certificate makes (self-signed, mx.test), and a client that trusts it. */
public final class TestTls {

    private static final TlsMaterial MATERIAL = SelfSignedCertificate.generate("mx.test");
    public static final SSLContext SERVER = TlsContexts.server(MATERIAL);
    public static final SSLContext CLIENT = client();

    private TestTls() {
    }

    private static SSLContext client() {
        try {
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("mx.test", MATERIAL.chain().getFirst());
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trusted);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
