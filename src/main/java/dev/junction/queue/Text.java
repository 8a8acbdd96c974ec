package dev.junction.queue;

import java.nio.charset.StandardCharsets;

/** Builds CRLF-terminated message text. */
final class Text {

    private final StringBuilder b = new StringBuilder(2048);

    Text header(String name, String value) {
        b.append(name).append(": ").append(value.replaceAll("[\\r\\n]+", " ")).append("\r\n");
        return this;
    }

    Text line(String s) {
        b.append(s).append("\r\n");
        return this;
    }

    byte[] bytes() {
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }
}
