package dev.junction.imap.message;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The octets of a resolved section, after the partial: their exact length (for the literal's
 * {@code {n}}) and a stream of them, read from the raw message on demand. Close it after sending.
 */
public record SectionBytes(long length, InputStream data) implements Closeable {

    /**
     * A {@link SectionContent.Missing} section opens as empty: Dovecot answers {@code {0}} there.
     *
     * @param partial null for the whole section
     * @throws IllegalArgumentException for {@link SectionContent.UnknownEncoding}, which must be
     *                                  answered NO [UNKNOWN-CTE] instead
     */
    public static SectionBytes open(SectionContent content, RawSource raw, Partial partial) throws IOException {
        return switch (content) {
            case SectionContent.Range r -> clip(r.end() - r.start(), partial,
                    (from, to) -> RangeInputStream.open(raw, r.start() + from, r.start() + to));
            case SectionContent.HeaderFields h -> {
                byte[] bytes;
                try (InputStream in = RangeInputStream.open(raw, h.start(), h.end())) {
                    bytes = HeaderFilter.filter(in, h.names(), h.not());
                }
                yield clip(bytes.length, partial,
                        (from, to) -> new ByteArrayInputStream(bytes, (int) from, (int) (to - from)));
            }
            case SectionContent.Decoded d -> clip(decodedSize(d, raw), partial, (from, to) -> {
                InputStream in = decoded(d, raw);
                in.skipNBytes(from);
                return RangeInputStream.limit(in, to - from);
            });
            case SectionContent.Missing m -> new SectionBytes(0, InputStream.nullInputStream());
            case SectionContent.UnknownEncoding u -> throw new IllegalArgumentException("unknown transfer encoding");
        };
    }

    /**
     * Whether BINARY[...] must send these octets as a literal8 {@code ~{n}} (RFC 3516 section 4.3):
     * when they were transfer-decoded, which may yield anything (Dovecot answers so too), or when
     * the raw octets, after the partial, hold a NUL.
     *
     * @throws IllegalArgumentException for {@link SectionContent.UnknownEncoding}
     */
    public static boolean needsLiteral8(SectionContent content, RawSource raw, Partial partial) throws IOException {
        return switch (content) {
            case SectionContent.Decoded d -> true;
            case SectionContent.Range r -> {
                try (SectionBytes bytes = open(r, raw, partial)) {
                    yield containsNul(bytes.data());
                }
            }
            case SectionContent.HeaderFields h -> false;
            case SectionContent.Missing m -> false;
            case SectionContent.UnknownEncoding u -> throw new IllegalArgumentException("unknown transfer encoding");
        };
    }

    /** BINARY.SIZE (RFC 3516 section 4.2): the octets BINARY[...] of the same part would return. */
    public static long size(SectionContent content, RawSource raw) throws IOException {
        return switch (content) {
            case SectionContent.Range r -> r.end() - r.start();
            case SectionContent.Decoded d -> decodedSize(d, raw);
            default -> throw new IllegalArgumentException("BINARY.SIZE needs a range or a decoded part");
        };
    }

    @Override
    public void close() throws IOException {
        data.close();
    }

    /** Opens a transfer-decoding stream over the part body; bad input is decoded leniently, never thrown. */
    static InputStream decoded(SectionContent.Decoded d, RawSource raw) throws IOException {
        return TransferDecoding.decode(RangeInputStream.open(raw, d.start(), d.end()), d.encoding());
    }

    private static long decodedSize(SectionContent.Decoded d, RawSource raw) throws IOException {
        try (InputStream in = decoded(d, raw)) {
            return in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static boolean containsNul(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private interface Opener {
        InputStream open(long from, long to) throws IOException;
    }

    private static SectionBytes clip(long length, Partial partial, Opener opener) throws IOException {
        long from = 0;
        long to = length;
        if (partial != null) {
            long[] c = partial.clip(length);
            from = c[0];
            to = c[1];
        }
        return new SectionBytes(to - from, opener.open(from, to));
    }
}
