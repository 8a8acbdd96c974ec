package dev.junction.delivery.smtp;

import dev.junction.delivery.Outcome;

import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * Opens an SMTP session up to the point where a transaction can start: greeting, EHLO (HELO
 * when EHLO is refused), STARTTLS by the target's policy, and AUTH PLAIN or LOGIN when the
 * target has credentials. Any failure here is a {@link HostFailure}: the caller tries the next host.
 */
final class SmtpClient {

    private final String heloName;
    private final Duration connectTimeout;
    private final Duration commandTimeout;
    private final ClientTls tls;

    SmtpClient(String heloName, Duration connectTimeout, Duration commandTimeout, ClientTls tls) {
        this.heloName = heloName;
        this.connectTimeout = connectTimeout;
        this.commandTimeout = commandTimeout;
        this.tls = tls;
    }

    /** An open session, ready for MAIL FROM; close it when done. */
    record Session(SmtpConnection connection, Extensions extensions) {
    }

    Session open(Target target, InetSocketAddress address, boolean tryTls) throws HostFailure {
        SmtpConnection c;
        try {
            SSLSocketFactory implicit = target.tls() == Target.Tls.IMPLICIT ? tls.factory(target.verify()) : null;
            c = SmtpConnection.open(address, target.host(), implicit, target.verify(), connectTimeout, commandTimeout);
        } catch (IOException e) {
            throw new HostFailure(Outcome.deferred(451, "4.4.1", "connect to " + target.host() + "[" + address.getAddress().getHostAddress()
                    + "]:" + address.getPort() + " failed: " + e.getMessage()), e instanceof SSLException);
        }
        try {
            return handshake(c, target, tryTls);
        } catch (HostFailure e) {
            quietQuit(c);
            throw e;
        } catch (IOException e) {
            c.close();
            throw new HostFailure(Outcome.deferred(451, "4.4.2", "lost connection with " + target.host() + ": " + e.getMessage()),
                    e instanceof SSLException);
        }
    }

    private Session handshake(SmtpConnection c, Target target, boolean tryTls) throws IOException, HostFailure {
        Reply greeting = c.read();
        if (!greeting.positive()) throw refused(target, "greeting", greeting);
        Extensions ext = hello(c, target);
        boolean wantTls = target.tls() == Target.Tls.STARTTLS || (target.tls() == Target.Tls.OPPORTUNISTIC && tryTls);
        if (wantTls && !c.isTls()) {
            if (ext.has("STARTTLS")) {
                Reply r = c.command("STARTTLS");
                if (r.code() == 220) {
                    try {
                        c.startTls(tls.factory(target.verify()), target.host(), target.verify());
                    } catch (IOException e) {
                        c.close();
                        throw new HostFailure(Outcome.deferred(454, "4.7.0", "TLS handshake with " + target.host() + " failed: "
                                + e.getMessage()), true);
                    }
                    ext = hello(c, target);
                } else if (target.tls() == Target.Tls.STARTTLS) {
                    throw refused(target, "STARTTLS", r);
                }
            } else if (target.tls() == Target.Tls.STARTTLS) {
                throw new HostFailure(Outcome.deferred(454, "4.7.0", target.host() + " does not offer STARTTLS"), false);
            }
        }
        if (!target.user().isEmpty()) authenticate(c, ext, target);
        return new Session(c, ext);
    }

    private Extensions hello(SmtpConnection c, Target target) throws IOException, HostFailure {
        Reply r = c.command("EHLO " + heloName);
        if (r.positive()) return Extensions.parse(r.lines());
        Reply helo = c.command("HELO " + heloName);
        if (!helo.positive()) throw refused(target, "HELO", helo);
        return Extensions.NONE;
    }

    private void authenticate(SmtpConnection c, Extensions ext, Target target) throws IOException, HostFailure {
        Base64.Encoder b64 = Base64.getEncoder();
        Reply r;
        if (ext.authMechanisms().contains("PLAIN")) {
            String token = "\0" + target.user() + "\0" + target.password();
            r = c.command("AUTH PLAIN " + b64.encodeToString(token.getBytes(StandardCharsets.UTF_8)));
        } else if (ext.authMechanisms().contains("LOGIN")) {
            r = c.command("AUTH LOGIN");
            if (r.code() == 334) r = c.command(b64.encodeToString(target.user().getBytes(StandardCharsets.UTF_8)));
            if (r.code() == 334) r = c.command(b64.encodeToString(target.password().getBytes(StandardCharsets.UTF_8)));
        } else {
            throw new HostFailure(Outcome.deferred(454, "4.7.0", target.host() + " offers no AUTH PLAIN or LOGIN"), false);
        }
        if (r.code() != 235) throw refused(target, "AUTH", r);
    }

    /** A refusal before the transaction: always temporary, another host (or a later try) may accept. */
    private static HostFailure refused(Target target, String phase, Reply r) {
        String status = "4" + r.status().substring(1);
        return new HostFailure(new Outcome(Outcome.Kind.DEFERRED, 451, status,
                target.host() + " refused " + phase + ": " + r.code() + " " + r.text(), target.host()), false);
    }

    static void quietQuit(SmtpConnection c) {
        try {
            c.command("QUIT");
        } catch (IOException ignored) {
            // the session is over either way
        } finally {
            c.close();
        }
    }
}
