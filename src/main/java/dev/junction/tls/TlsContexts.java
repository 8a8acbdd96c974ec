package dev.junction.tls;

import dev.junction.config.Config;
import dev.junction.config.NodeSettings;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Logger;

/**
 * Server TLS for every listener: one SSLContext from the configured PEM files, or from a
 * self-signed pair generated on first start. Only TLS 1.2 and 1.3 are offered (RFC 8996
 * deprecates 1.0 and 1.1).
 */
public final class TlsContexts {

    static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    private static final Logger LOG = Logger.getLogger("junction.tls");

    private TlsContexts() {
    }

    /** The server context for this node, failing with a message that names the bad file. */
    public static SSLContext server(Config config) throws IOException {
        return server(material(config));
    }

    /** The configured certificate and key, or the self-signed pair under {@code <data_dir>/tls}. */
    public static TlsMaterial material(Config config) throws IOException {
        Path cert = config.get(TlsSettings.CERTIFICATE);
        Path key = config.get(TlsSettings.KEY);
        boolean noCert = cert.toString().isEmpty();
        boolean noKey = key.toString().isEmpty();
        if (noCert != noKey) {
            throw new IOException("tls.certificate and tls.key must be given together");
        }
        if (!noCert) return TlsMaterial.load(cert, key);
        Path dir = config.get(NodeSettings.DATA_DIR).resolve("tls");
        return SelfSignedStore.loadOrCreate(dir, NodeSettings.hostname(config), LOG);
    }

    public static SSLContext server(TlsMaterial material) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            char[] password = new char[0];
            store.setKeyEntry("server", material.key(), password, material.chain().toArray(Certificate[]::new));
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the TLS context: " + e.getMessage(), e);
        }
    }

    /** Server-side parameters offering only TLS 1.2 and 1.3; apply them to every server socket. */
    public static SSLParameters serverParameters(SSLContext context) {
        SSLParameters p = context.getDefaultSSLParameters();
        List<String> supported = Arrays.asList(context.getSupportedSSLParameters().getProtocols());
        p.setProtocols(PROTOCOLS.stream().filter(supported::contains).toArray(String[]::new));
        p.setUseCipherSuitesOrder(true);
        return p;
    }

    /**
     * Turns an accepted plain connection into the server side of a TLS session (STARTTLS).
     * The handshake runs on the first read or write, or on {@link SSLSocket#startHandshake()}.
     */
    public static SSLSocket startTls(SSLContext context, Socket plain) throws IOException {
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(plain, null, plain.getPort(), true);
        tls.setUseClientMode(false);
        tls.setSSLParameters(serverParameters(context));
        return tls;
    }
}
