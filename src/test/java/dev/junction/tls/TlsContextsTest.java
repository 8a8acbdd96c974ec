package dev.junction.tls;

import dev.junction.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsContextsTest {

    @TempDir
    Path dir;

    private Config config(Map<String, String> more) {
        var m = new java.util.HashMap<>(more);
        m.put("node.data_dir", dir.toString());
        m.put("node.hostname", "mx.example.com");
        return Config.of(m);
    }

    @Test
    void selfSignedIsGeneratedOnceThenReused() throws Exception {
        TlsMaterial first = TlsContexts.material(config(Map.of()));
        Path key = dir.resolve("tls/server.key");
        assertThat(key).exists();
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        X509Certificate cert = first.chain().getFirst();
        assertThat(cert.getSubjectAlternativeNames().stream().map(l -> (Object) l.get(1)).toList()).containsExactly((Object) "mx.example.com", "localhost");
        assertThat(cert.getNotAfter().toInstant()).isAfter(cert.getNotBefore().toInstant().plus(java.time.Duration.ofDays(3600)));

        TlsMaterial second = TlsContexts.material(config(Map.of()));
        assertThat(second.chain()).isEqualTo(first.chain());
        assertThat(second.key().getEncoded()).isEqualTo(first.key().getEncoded());
    }

    @Test
    void configuredPemFilesAreLoaded() throws Exception {
        TlsMaterial generated = SelfSignedCertificate.generate("imap.example.com");
        Path cert = Files.writeString(dir.resolve("chain.pem"), generated.certificatePem());
        Path key = Files.writeString(dir.resolve("key.pem"), generated.keyPem());

        TlsMaterial loaded = TlsContexts.material(config(Map.of("tls.certificate", cert.toString(), "tls.key", key.toString())));

        assertThat(loaded.chain()).isEqualTo(generated.chain());
        assertThat(loaded.key().getEncoded()).isEqualTo(generated.key().getEncoded());
        assertThat(dir.resolve("tls")).doesNotExist();
    }

    @Test
    void certificateWithoutKeyIsRefused() {
        assertThatThrownBy(() -> TlsContexts.material(config(Map.of("tls.certificate", "/x.pem"))))
                .hasMessageContaining("tls.certificate and tls.key must be given together");
    }

    @Test
    void fileWithoutKeyBlockNamesTheFile() throws Exception {
        TlsMaterial generated = SelfSignedCertificate.generate("a.example");
        Path cert = Files.writeString(dir.resolve("c.pem"), generated.certificatePem());
        assertThatThrownBy(() -> TlsMaterial.load(cert, cert)).hasMessageContaining("c.pem: no private key block");
    }

    @Test
    void parametersOfferOnlyTls12And13() {
        SSLContext ctx = TlsContexts.server(SelfSignedCertificate.generate("a.example"));
        assertThat(TlsContexts.serverParameters(ctx).getProtocols()).containsExactly("TLSv1.3", "TLSv1.2");
    }

    @Test
    void tls13AndTls12HandshakesSucceed() throws Exception {
        try (SSLServerSocket server = listen()) {
            for (String protocol : List.of("TLSv1.3", "TLSv1.2")) {
                Thread.ofVirtual().start(() -> acceptOne(server));
                try (SSLSocket client = (SSLSocket) trustAll().getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                    client.setEnabledProtocols(new String[] {protocol});
                    client.startHandshake();
                    assertThat(client.getSession().getProtocol()).isEqualTo(protocol);
                }
            }
        }
    }

    /**
     * The JDK client refuses to offer TLS 1.1 itself, so the ClientHello is written by hand:
     * the server must answer with an alert (or close), never with a ServerHello.
     */
    @Test
    void tls11ClientHelloIsRefused() throws Exception {
        try (SSLServerSocket server = listen(); Socket raw = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            Thread.ofVirtual().start(() -> acceptOne(server));
            raw.setSoTimeout(10_000);
            new DataOutputStream(raw.getOutputStream()).write(tls11ClientHello());
            InputStream in = raw.getInputStream();
            int contentType = in.read();
            assertThat(contentType).as("record type (21 = alert, -1 = closed; 22 would be a ServerHello)").isIn(21, -1);
        }
    }

    private SSLServerSocket listen() throws IOException {
        SSLContext ctx = TlsContexts.server(SelfSignedCertificate.generate("a.example"));
        SSLServerSocket s = (SSLServerSocket) ctx.getServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress());
        s.setSSLParameters(TlsContexts.serverParameters(ctx));
        return s;
    }

    private static void acceptOne(SSLServerSocket server) {
        try (SSLSocket s = (SSLSocket) server.accept()) {
            s.startHandshake();
            s.getOutputStream().flush();
        } catch (IOException expectedForRefusedHandshakes) {
            // the refused client gets its alert from the handshake itself
        }
    }

    private static byte[] tls11ClientHello() {
        byte[] suites = {0x00, 0x2f, 0x00, 0x35, (byte) 0xc0, 0x13, (byte) 0xc0, 0x14, (byte) 0xc0, 0x09, (byte) 0xc0, 0x0a};
        var body = new java.io.ByteArrayOutputStream();
        body.write(3);
        body.write(2); // client_version TLS 1.1
        body.writeBytes(new byte[32]); // random
        body.write(0); // session id
        body.write(0);
        body.write(suites.length);
        body.writeBytes(suites);
        body.write(1);
        body.write(0); // null compression
        byte[] hello = body.toByteArray();
        var record = new java.io.ByteArrayOutputStream();
        record.writeBytes(new byte[] {0x16, 3, 2, 0, (byte) (hello.length + 4), 1, 0, 0, (byte) hello.length});
        record.writeBytes(hello);
        return record.toByteArray();
    }

    private static SSLContext trustAll() throws Exception {
        TrustManager tm = new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, new TrustManager[] {tm}, null);
        return ctx;
    }
}
