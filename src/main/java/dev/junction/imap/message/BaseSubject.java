package dev.junction.imap.message;

import java.util.Locale;

/**
 * The base subject of RFC 5256 section 2.1, for SORT SUBJECT and THREAD=ORDEREDSUBJECT:
 * encoded words decoded, whitespace collapsed, "(fwd)" trailers and "Re:", "Fw:", "Fwd:" and
 * "[blob]" leaders removed, and "[fwd: ...]" unwrapped, repeated until nothing changes. The
 * result is upper-cased (locale-independent) so that comparisons are case-insensitive.
 */
public final class BaseSubject {

    private BaseSubject() {
    }

    public static String of(String rawSubject) {
        return extract(rawSubject).base();
    }

    /**
     * Whether extracting the base subject removed a reply or forward marker: a "Re:", "Fw:" or
     * "Fwd:" leader, a "(fwd)" trailer or a "[fwd: ...]" wrapper. THREAD=REFERENCES uses it to
     * decide which message of a subject heads the thread (RFC 5256 sections 2.1 and 3).
     */
    public static boolean isReplyOrForward(String rawSubject) {
        return extract(rawSubject).replyOrForward();
    }

    private record Extracted(String base, boolean replyOrForward) {
    }

    private static Extracted extract(String rawSubject) {
        if (rawSubject == null) {
            return new Extracted("", false);
        }
        String s = HeaderDecoder.decode(rawSubject).replaceAll("[\\t\\r\\n ]+", " ").strip();
        boolean marked = false;
        while (true) {
            String trimmed = removeTrailers(s);
            marked |= !trimmed.strip().equals(s.strip());
            s = trimmed;
            String before;
            do {
                before = s;
                String unled = removeLeader(s);
                marked |= !unled.equals(s.stripLeading());
                s = removeBlobLeader(unled);
            } while (!s.equals(before));
            String upper = s.toUpperCase(Locale.ROOT);
            if (upper.startsWith("[FWD:") && s.endsWith("]")) {
                s = s.substring(5, s.length() - 1).strip();
                marked = true;
            } else {
                return new Extracted(upper, marked);
            }
        }
    }

    /** Step 2: trailing "(fwd)" and whitespace. */
    private static String removeTrailers(String s) {
        while (true) {
            String t = s.stripTrailing();
            if (t.toLowerCase(Locale.ROOT).endsWith("(fwd)")) {
                t = t.substring(0, t.length() - 5);
            }
            if (t.equals(s)) {
                return s;
            }
            s = t;
        }
    }

    /** Step 3: one subj-refwd ("re", "fw" or "fwd", optional blob, ":") with leading whitespace. */
    private static String removeLeader(String s) {
        String t = s.stripLeading();
        String lower = t.toLowerCase(Locale.ROOT);
        int i;
        if (lower.startsWith("fwd")) {
            i = 3;
        } else if (lower.startsWith("fw") || lower.startsWith("re")) {
            i = 2;
        } else {
            return t;
        }
        i = skipSpace(t, i);
        if (i < t.length() && t.charAt(i) == '[') {
            int end = blobEnd(t, i);
            if (end < 0) {
                return t;
            }
            i = skipSpace(t, end);
        }
        return i < t.length() && t.charAt(i) == ':' ? t.substring(i + 1).stripLeading() : t;
    }

    /** Step 4: a leading [blob], unless removing it would leave nothing. */
    private static String removeBlobLeader(String s) {
        if (!s.startsWith("[")) {
            return s;
        }
        int end = blobEnd(s, 0);
        if (end < 0) {
            return s;
        }
        String rest = s.substring(end).stripLeading();
        return rest.isEmpty() ? s : rest;
    }

    /** Index after the "]" closing the blob at {@code open}; blobs hold no brackets. */
    private static int blobEnd(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ']') {
                return i + 1;
            }
            if (c == '[') {
                return -1;
            }
        }
        return -1;
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
