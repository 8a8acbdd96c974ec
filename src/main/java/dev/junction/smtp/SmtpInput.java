package dev.junction.smtp;

import dev.junction.net.LineInput;
import dev.junction.net.MalformedLineException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The shared {@link LineInput} with its refusals as SMTP errors (500 5.5.2, 501 5.5.4). */
final class SmtpInput {

    private final LineInput in;

    SmtpInput(InputStream in) {
        this.in = new LineInput(in);
    }

    boolean hasBuffered() {
        return in.hasBuffered();
    }

    int read() throws IOException {
        return in.read();
    }

    /**
     * @return the line, or null when the client closed the connection before a line end
     * @throws SmtpException LINE_TOO_LONG, or SYNTAX when the line is not UTF-8
     */
    String readLine(int maxLength) throws IOException, SmtpException {
        try {
            return in.readLine(maxLength);
        } catch (MalformedLineException e) {
            throw new SmtpException(e.tooLong() ? SmtpError.LINE_TOO_LONG : SmtpError.SYNTAX);
        }
    }

    boolean copy(long count, OutputStream out) throws IOException {
        return in.copy(count, out);
    }
}
