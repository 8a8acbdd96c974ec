package dev.junction.imap;

import dev.junction.directory.Account;
import dev.junction.imap.protocol.ResponseCode;

import java.util.Arrays;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a login and password for LOGIN and AUTHENTICATE PLAIN, through the node's shared
 * {@link dev.junction.auth.AuthThrottle}: a throttled client is refused before the password is
 * looked at, every failure is counted and logged, and a session that fails too often ends.
 */
final class PasswordLogin {

    private static final Logger LOG = Logger.getLogger("junction.imap");

    private PasswordLogin() {
    }

    /** Logs the session in, or throws NO [AUTHENTICATIONFAILED]/[UNAVAILABLE]. The password is wiped. */
    static Completion login(ImapSession session, String login, char[] password) throws ImapException {
        ImapContext ctx = session.context();
        Optional<Account> found;
        try {
            if (!ctx.throttle().admit(session.client(), login)) {
                LOG.info(() -> "session " + session.id() + ": login throttled for " + printable(login) + " from "
                        + session.client().getHostAddress());
                throw ImapException.no(ResponseCode.UNAVAILABLE, "Too many failed logins, try again later");
            }
            found = ctx.directory().authenticate(login, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (found.isEmpty()) {
            ctx.throttle().failed(session.client(), login);
            LOG.info(() -> "session " + session.id() + ": login failed for " + printable(login) + " from "
                    + session.client().getHostAddress());
            String text = "Invalid login or password";
            throw session.failedLogin() ? ImapException.noThenBye(ResponseCode.AUTHENTICATIONFAILED, text)
                    : ImapException.no(ResponseCode.AUTHENTICATIONFAILED, text);
        }
        ctx.throttle().succeeded(session.client(), login);
        session.loggedIn(found.get());
        return Completion.ok(ResponseCode.capability(session.capabilities()), "Logged in");
    }

    static String printable(String login) {
        return login.length() > 64 ? login.substring(0, 64) + "..." : login.replaceAll("[^\\x21-\\x7e]", "?");
    }
}
