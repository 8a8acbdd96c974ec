package dev.junction.imap.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A small fixed-seed fuzzer: each test message cut, flipped and spliced with delimiter-like lines
 * a few hundred times; every variant must parse, encode, cache, search and serve sections.
 */
class MutatedMessageTest {

    private static final byte[][] SPLICES = {"\r\n--".getBytes(), "\r\n\r\n".getBytes(), "=?".getBytes(),
            "\"".getBytes(), "(".getBytes(), ";".getBytes(), {0}, {(byte) 0xff}, "\n".getBytes()};

    @ParameterizedTest
    @ValueSource(strings = {"alternative", "mixed-attachment", "nested-rfc822", "digest", "bad-encodings",
            "plain-ascii", "utf8-8bit", "related-inline-image", "missing-end-boundary"})
    void variantsNeverThrow(String name) throws IOException {
        byte[] original = Messages.resource(name + ".eml");
        Random random = new Random(name.hashCode());
        ImapStrings strings = new ImapStrings(false);
        for (int round = 0; round < 300; round++) {
            byte[] raw = mutate(original, random);
            MessageStructure m = Messages.parse(raw);
            RawSource source = () -> new ByteArrayInputStream(raw);

            assertThat(m.size()).isEqualTo(raw.length);
            assertThat(MessageStructure.decode(m.encode())).isEqualTo(m);
            new BodyStructureEncoder(strings).bodyStructure(m);
            new EnvelopeEncoder(strings).encode(m.envelope());
            MessageText.textContains(m, source, "zzz");
            for (List<Integer> part : List.of(List.of(1), List.of(2), List.of(2, 1), List.of(3))) {
                SectionContent c = SectionResolver.binary(m, part);
                if (!(c instanceof SectionContent.UnknownEncoding)) {
                    try (SectionBytes bytes = SectionBytes.open(c, source, new Partial(1, 50))) {
                        assertThat(bytes.data().readAllBytes()).hasSize((int) bytes.length());
                    }
                }
            }
        }
    }

    private static byte[] mutate(byte[] original, Random random) {
        byte[] raw = original.clone();
        switch (random.nextInt(3)) {
            case 0 -> raw = java.util.Arrays.copyOf(raw, random.nextInt(raw.length + 1));
            case 1 -> {
                for (int i = 0; i < 1 + random.nextInt(8); i++) {
                    raw[random.nextInt(raw.length)] = (byte) random.nextInt(256);
                }
            }
            default -> {
                byte[] splice = SPLICES[random.nextInt(SPLICES.length)];
                int at = random.nextInt(raw.length);
                byte[] out = new byte[raw.length + splice.length];
                System.arraycopy(raw, 0, out, 0, at);
                System.arraycopy(splice, 0, out, at, splice.length);
                System.arraycopy(raw, at, out, at + splice.length, raw.length - at);
                raw = out;
            }
        }
        return raw;
    }
}
