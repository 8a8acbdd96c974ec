package dev.junction.delivery.smtp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class XtextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            a@b.example        | a@b.example
            a+b@x              | a+2Bb@x
            k=v                | k+3Dv
            two words          | two+20words
            jörg               | j+C3+B6rg
            """)
    void encodes(String in, String out) {
        assertThat(Xtext.encode(in)).isEqualTo(out);
    }
}
