package dev.junction.imap;

import dev.junction.imap.protocol.ResponseCode;

/** How a command that succeeded is answered: {@code tag OK [code] text}. */
record Completion(ResponseCode code, String text) {

    static Completion ok(String text) {
        return new Completion(null, text);
    }

    static Completion ok(ResponseCode code, String text) {
        return new Completion(code, text);
    }
}
