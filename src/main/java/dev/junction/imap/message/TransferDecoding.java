package dev.junction.imap.message;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * Undoes a Content-Transfer-Encoding (RFC 2045 section 6) while streaming, with Mime4j's lenient
 * decoders: bad input is skipped, never thrown. Identity encodings and unknown ones pass through.
 */
final class TransferDecoding {

    private TransferDecoding() {
    }

    static InputStream decode(InputStream body, String encoding) {
        String cte = encoding == null ? "" : encoding.toLowerCase(Locale.ROOT);
        return switch (cte) {
            case "base64" -> new Progressing(new Base64InputStream(body, DecodeMonitor.SILENT));
            case "quoted-printable" -> new Progressing(new QuotedPrintableInputStream(body, DecodeMonitor.SILENT));
            default -> body;
        };
    }

    /**
     * Mime4j's decoders can return 0 from read(byte[]) when a chunk held only junk, which
     * InputStreamReader rejects and readAllBytes takes for the end: read again until bytes or EOF
     * (or, should a decoder ever stop consuming, a bound on empty reads). Found by MutatedMessageTest.
     */
    private static final class Progressing extends FilterInputStream {

        private static final int MAX_EMPTY_READS = 100_000;

        Progressing(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            for (int attempt = 0; attempt < MAX_EMPTY_READS; attempt++) {
                int n = super.read(b, off, len);
                if (n != 0) {
                    return n;
                }
            }
            return -1;
        }
    }
}
