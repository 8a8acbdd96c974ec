package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses an address list header (RFC 5322 section 3.4) into ENVELOPE addresses (RFC 9051 section
 * 7.5.2), leniently and as Dovecot does: groups become start/end markers, a comment stands in for
 * a missing display name, a mailbox without a domain gets the host {@value #MISSING_HOST}, an
 * unterminated quoted string makes the address {@value #MISSING_MAILBOX}, and empty entries are skipped.
 */
final class AddressParser {

    static final String MISSING_HOST = "MISSING_DOMAIN";
    static final String MISSING_MAILBOX = "MISSING_MAILBOX";

    private final List<AddressTokens.Token> tokens;
    private final List<EnvelopeAddress> out = new ArrayList<>();
    private int i;

    private AddressParser(String value) {
        this.tokens = AddressTokens.of(value);
    }

    private boolean skip(int k) {
        return tokens.get(k).comment();
    }

    static List<EnvelopeAddress> parse(String value) {
        if (value == null) {
            return List.of();
        }
        AddressParser p = new AddressParser(value);
        p.list();
        return p.out;
    }

    private void list() {
        boolean inGroup = false;
        while (i < tokens.size()) {
            int start = i;
            while (i < tokens.size() && !isOneOf(tokens.get(i), "<:,;")) {
                i++;
            }
            AddressTokens.Token stop = i < tokens.size() ? tokens.get(i) : null;
            if (stop != null && stop.is(':') && !inGroup) {
                out.add(EnvelopeAddress.groupStart(phrase(start, i)));
                inGroup = true;
                i++;
            } else if (stop != null && stop.is('<')) {
                String name = phrase(start, i);
                i++;
                int addrStart = i;
                while (i < tokens.size() && !tokens.get(i).is('>')) {
                    i++;
                }
                addrSpec(name, addrStart, i);
                skipTo(",;");
            } else {
                addrSpec(null, start, i);
                if (stop != null && stop.is(':')) {
                    i++; // a nested group start is not allowed; treat as noise
                }
            }
            if (i < tokens.size() && tokens.get(i).is(';')) {
                if (inGroup) {
                    out.add(EnvelopeAddress.groupEnd());
                    inGroup = false;
                }
                i++;
            } else if (i < tokens.size() && tokens.get(i).is(',')) {
                i++;
            }
        }
        if (inGroup) {
            out.add(EnvelopeAddress.groupEnd());
        }
    }

    /** route, local part and domain from tokens [from, to); nothing is added for an empty range. */
    private void addrSpec(String name, int from, int to) {
        String comment = null;
        boolean broken = false;
        List<Integer> kept = new ArrayList<>();
        for (int k = from; k < to; k++) {
            if (skip(k)) {
                comment = tokens.get(k).text().isEmpty() ? comment : tokens.get(k).text();
            } else {
                broken |= tokens.get(k).broken();
                kept.add(k);
            }
        }
        if (name == null && comment != null) {
            name = comment;
        }
        if (kept.isEmpty()) {
            return;
        }
        if (broken) {
            out.add(new EnvelopeAddress(null, null, MISSING_MAILBOX, MISSING_HOST));
            return;
        }
        int start = 0;
        String route = null;
        if (tokens.get(kept.get(0)).is('@')) {
            for (int k = 0; k < kept.size(); k++) {
                if (tokens.get(kept.get(k)).is(':')) {
                    route = join(kept.subList(0, k));
                    start = k + 1;
                    break;
                }
            }
        }
        int at = -1;
        for (int k = kept.size() - 1; k >= start; k--) {
            if (tokens.get(kept.get(k)).is('@')) {
                at = k;
                break;
            }
        }
        String local = join(kept.subList(start, at < 0 ? kept.size() : at));
        String host = at < 0 ? "" : join(kept.subList(at + 1, kept.size()));
        if (local.isEmpty() && host.isEmpty()) {
            return;
        }
        out.add(new EnvelopeAddress(name, route, local.isEmpty() ? MISSING_MAILBOX : local,
                host.isEmpty() ? MISSING_HOST : host));
    }

    private String phrase(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            AddressTokens.Token t = tokens.get(k);
            if (t.comment()) {
                continue;
            }
            if (!sb.isEmpty() && t.spaced()) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private String join(List<Integer> indexes) {
        StringBuilder sb = new StringBuilder();
        for (int k : indexes) {
            sb.append(tokens.get(k).text());
        }
        return sb.toString();
    }

    private void skipTo(String stops) {
        while (i < tokens.size() && !isOneOf(tokens.get(i), stops)) {
            i++;
        }
    }

    private static boolean isOneOf(AddressTokens.Token t, String specials) {
        return t.special() && specials.indexOf(t.text().charAt(0)) >= 0;
    }
}
