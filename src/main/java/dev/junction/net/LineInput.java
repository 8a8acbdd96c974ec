package dev.junction.net;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The client's byte stream with a small buffer of our own, so that a session can tell whether
 * the client has sent more than it has read (pipelining, STARTTLS injection) and read command
 * lines without ever holding more than the line limit.
 */
public final class LineInput {

    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    public LineInput(InputStream in) {
        this.in = in;
    }

    /** Bytes already received but not yet read. */
    public boolean hasBuffered() {
        return position < limit;
    }

    /** One byte, or -1 at the end of the stream. */
    public int read() throws IOException {
        if (position == limit && !fill()) return -1;
        return buffer[position++] & 0xff;
    }

    /**
     * Reads one line ended by CRLF or a bare LF, without the line end, decoded as UTF-8.
     * A longer line than {@code maxLength} is read to its end and dropped.
     *
     * @return the line, or null when the client closed the connection before a line end
     * @throws MalformedLineException when the line is too long or not UTF-8
     */
    public String readLine(int maxLength) throws IOException, MalformedLineException {
        byte[] line = new byte[Math.min(maxLength, 256)];
        int length = 0;
        boolean tooLong = false;
        while (true) {
            int b = read();
            if (b < 0) return null;
            if (b == '\n') break;
            if (tooLong) continue;
            if (length == maxLength + 1) { // +1: room for the CR before LF
                tooLong = true;
                continue;
            }
            if (length == line.length) line = Arrays.copyOf(line, Math.min(line.length * 2, maxLength + 1));
            line[length++] = (byte) b;
        }
        if (tooLong) throw new MalformedLineException(true);
        if (length > 0 && line[length - 1] == '\r') length--;
        if (length > maxLength) throw new MalformedLineException(true);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(line, 0, length)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedLineException(false);
        }
    }

    /**
     * Copies exactly {@code count} bytes to {@code out} (null discards them).
     *
     * @return false when the stream ended first
     */
    public boolean copy(long count, OutputStream out) throws IOException {
        long left = count;
        while (left > 0) {
            if (position == limit && !fill()) return false;
            int n = (int) Math.min(left, limit - position);
            if (out != null) out.write(buffer, position, n);
            position += n;
            left -= n;
        }
        return true;
    }

    private boolean fill() throws IOException {
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) return false;
        position = 0;
        limit = n;
        return true;
    }
}
