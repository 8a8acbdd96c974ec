package dev.junction.delivery.smtp;

import dev.junction.delivery.DeliveryRequest;
import dev.junction.delivery.Outcome;
import dev.junction.delivery.RoutedRecipient;
import dev.junction.mail.BodyType;
import dev.junction.mail.Envelope;
import dev.junction.store.BlobStore;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One mail transaction (RFC 5321 3.3) for every recipient of a request: MAIL FROM with the
 * parameters the server announced (SIZE, BODY, SMTPUTF8, RET/ENVID), one RCPT per recipient
 * (NOTIFY/ORCPT with DSN), then DATA or BDAT with the content from {@code headerSkip}.
 */
final class SmtpTransaction {

    private final BlobStore blobs;

    SmtpTransaction(BlobStore blobs) {
        this.blobs = blobs;
    }

    Map<Long, Outcome> run(SmtpClient.Session session, DeliveryRequest request, String mta) {
        Map<Long, Outcome> outcomes = new LinkedHashMap<>();
        SmtpConnection c = session.connection();
        Extensions ext = session.extensions();
        Outcome.Kind success = ext.has("DSN") ? Outcome.Kind.RELAYED_DSN : Outcome.Kind.RELAYED;
        try {
            Outcome refusal = unsendable(request, ext);
            if (refusal != null) {
                request.recipients().forEach(r -> outcomes.put(r.id(), refusal.from(mta)));
                return outcomes;
            }
            Reply mail = c.command("MAIL FROM:" + request.envelope().reversePath() + mailParameters(request, ext));
            if (!mail.positive()) {
                request.recipients().forEach(r -> outcomes.put(r.id(), mail.outcome(success, mta)));
                return outcomes;
            }
            List<RoutedRecipient> accepted = new ArrayList<>();
            for (RoutedRecipient r : request.recipients()) {
                Reply rcpt = c.command("RCPT TO:<" + r.address() + ">" + rcptParameters(r, ext));
                if (rcpt.positive()) accepted.add(r);
                else outcomes.put(r.id(), rcpt.outcome(success, mta));
            }
            if (accepted.isEmpty()) {
                c.command("RSET");
                return outcomes;
            }
            Reply end = sendContent(c, request, ext);
            accepted.forEach(r -> outcomes.put(r.id(), end.outcome(success, mta)));
        } catch (IOException e) {
            Outcome lost = new Outcome(Outcome.Kind.DEFERRED, 451, "4.4.2", "lost connection with " + mta + ": " + e.getMessage(), mta);
            request.recipients().forEach(r -> outcomes.putIfAbsent(r.id(), lost));
        }
        return outcomes;
    }

    /** A reason this server cannot take the message at all, or null. */
    private static Outcome unsendable(DeliveryRequest request, Extensions ext) {
        Envelope env = request.envelope();
        long size = request.blob().size() - request.headerSkip();
        if (ext.sizeLimit() > 0 && size > ext.sizeLimit()) {
            return Outcome.failed(552, "5.3.4", "message size " + size + " exceeds the remote limit of " + ext.sizeLimit());
        }
        if (needsUtf8(request) && !ext.has("SMTPUTF8")) {
            return Outcome.failed(553, "5.6.7", "remote server does not support SMTPUTF8");
        }
        if (env.body() == BodyType.BINARYMIME && !(ext.has("BINARYMIME") && ext.has("CHUNKING"))) {
            return Outcome.failed(554, "5.6.3", "remote server does not support BINARYMIME");
        }
        return null;
    }

    private static boolean needsUtf8(DeliveryRequest request) {
        Envelope env = request.envelope();
        return env.smtpUtf8() || (env.sender() != null && !env.sender().isAscii())
                || request.recipients().stream().anyMatch(r -> !r.address().isAscii());
    }

    private static String mailParameters(DeliveryRequest request, Extensions ext) {
        Envelope env = request.envelope();
        StringBuilder b = new StringBuilder();
        if (ext.has("SIZE")) b.append(" SIZE=").append(request.blob().size() - request.headerSkip());
        if (env.body() == BodyType.EIGHT_BITMIME && ext.has("8BITMIME")) b.append(" BODY=8BITMIME");
        if (env.body() == BodyType.BINARYMIME) b.append(" BODY=BINARYMIME");
        if (needsUtf8(request)) b.append(" SMTPUTF8");
        if (ext.has("DSN")) {
            if (env.ret() != null) b.append(" RET=").append(env.ret().name());
            if (env.envId() != null) b.append(" ENVID=").append(Xtext.encode(env.envId()));
        }
        return b.toString();
    }

    private static String rcptParameters(RoutedRecipient r, Extensions ext) {
        if (!ext.has("DSN")) return "";
        StringBuilder b = new StringBuilder();
        if (!r.original().notifyOn().isEmpty()) {
            b.append(" NOTIFY=").append(r.original().notifyOn().stream().sorted()
                    .map(n -> n.name().toUpperCase(Locale.ROOT)).collect(Collectors.joining(",")));
        }
        String orcpt = r.original().orcpt();
        if (orcpt != null && Xtext.isSafe(orcpt.replaceFirst(";", ""))) {
            b.append(" ORCPT=").append(orcpt);
        } else if (orcpt == null && r.original().address().isAscii()) {
            b.append(" ORCPT=rfc822;").append(Xtext.encode(r.original().address().toString()));
        }
        return b.toString();
    }

    private Reply sendContent(SmtpConnection c, DeliveryRequest request, Extensions ext) throws IOException {
        boolean chunking = ext.has("CHUNKING");
        if (!chunking) {
            Reply data = c.command("DATA");
            if (data.code() != 354) return data.positive() ? new Reply(451, List.of("4.5.0 unexpected reply to DATA")) : data;
        }
        try (InputStream in = blobs.open(request.blob().id())) {
            in.skipNBytes(request.headerSkip());
            if (chunking) return MessageBody.writeChunks(in, c);
            MessageBody.writeData(in, c.output());
            return c.read();
        }
    }
}
