package dev.junction.imap.message;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses an address list header (RFC 5322 section 3.4) into ENVELOPE addresses (RFC 9051 section
 * 7.5.2), leniently: groups become start/end markers, a mailbox without a domain gets the host
 * {@value #MISSING_HOST} as other IMAP servers do, and what cannot be an address is skipped.
 */
final class AddressParser {

    static final String MISSING_HOST = ".MISSING-HOST-NAME.";

    private final List<AddressTokens.Token> tokens;
    private final List<EnvelopeAddress> out = new ArrayList<>();
    private int i;

    private AddressParser(String value) {
        this.tokens = AddressTokens.of(value);
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
        String route = null;
        int colon = -1;
        if (from < to && tokens.get(from).is('@')) {
            for (int k = from; k < to; k++) {
                if (tokens.get(k).is(':')) {
                    colon = k;
                    break;
                }
            }
        }
        if (colon >= 0) {
            route = join(from, colon);
            from = colon + 1;
        }
        int at = -1;
        for (int k = to - 1; k >= from; k--) {
            if (tokens.get(k).is('@')) {
                at = k;
                break;
            }
        }
        String local = join(from, at < 0 ? to : at);
        String host = at < 0 ? "" : join(at + 1, to);
        if (local.isEmpty() && host.isEmpty()) {
            return;
        }
        out.add(new EnvelopeAddress(name, route, local, host.isEmpty() ? MISSING_HOST : host));
    }

    private String phrase(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            AddressTokens.Token t = tokens.get(k);
            if (!sb.isEmpty() && !t.is('.') && !tokens.get(k - 1).is('.')) {
                sb.append(' ');
            }
            sb.append(t.text());
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    private String join(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            AddressTokens.Token t = tokens.get(k);
            sb.append(t.quoted() ? '"' + t.text().replace("\\", "\\\\").replace("\"", "\\\"") + '"' : t.text());
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
