package dev.junction.smtp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            EHLO client.example          | EHLO | client.example
            ehlo client.example          | EHLO | client.example
            'MAIL FROM:<a@b> SIZE=10'    | MAIL | 'FROM:<a@b> SIZE=10'
            'RCPT TO:<a@b>   '           | RCPT | 'TO:<a@b>'
            DATA                         | DATA | ''
            'QUIT '                      | QUIT | ''
            'BDAT 100 LAST'              | BDAT | '100 LAST'
            'X-FOO bar'                  | ''   | bar
            '1234 x'                     | ''   | x
            ''                           | ''   | ''
            'ÉHLO x'                     | ''   | x
            """)
    void splitsVerbAndArgument(String line, String verb, String argument) {
        CommandLine cl = CommandLine.parse(line);
        assertThat(cl.verb()).isEqualTo(verb);
        assertThat(cl.argument()).isEqualTo(argument);
    }
}
