package dev.junction.imap.protocol;

import java.io.InputStream;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One message of an APPEND (several with MULTIAPPEND, RFC 3502). The content is the client's
 * literal, read straight from the connection: exactly {@code size} octets, read it (to a blob
 * sink) before asking the {@link Append} for the next message; what is left unread is skipped.
 *
 * @param internalDate null when the client gave none
 * @param binary       sent as literal8 ({@code ~{n}}, RFC 3516): may hold NUL and bare 8-bit
 */
public record AppendMessage(List<String> flags, OffsetDateTime internalDate, long size, boolean binary,
                            InputStream content) {
}
