package dev.junction.delivery.smtp;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;

/**
 * TLS client contexts. Opportunistic TLS to MX hosts does not verify certificates: without DANE
 * or MTA-STS there is no name to verify against that an attacker could not also strip, and an
 * unverified channel still defeats passive listening (RFC 7435). The smart host is verified
 * with the system trust store unless the administrator turns that off.
 */
final class ClientTls {

    private final SSLSocketFactory verifying;
    private final SSLSocketFactory trustingAll;

    ClientTls() {
        try {
            verifying = SSLContext.getDefault().getSocketFactory();
            SSLContext any = SSLContext.getInstance("TLS");
            any.init(null, new TrustManager[] {new AcceptAll()}, null);
            trustingAll = any.getSocketFactory();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS implementation", e);
        }
    }

    SSLSocketFactory factory(boolean verify) {
        return verify ? verifying : trustingAll;
    }

    private static final class AcceptAll implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
