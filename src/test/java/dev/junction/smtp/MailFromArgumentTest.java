package dev.junction.smtp;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MailFromArgumentTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "null", textBlock = """
            'FROM:<a@example.com>'                              | a@example.com   | -1       | SEVEN_BIT     | false | null | null
            'from:<a@example.com>'                              | a@example.com   | -1       | SEVEN_BIT     | false | null | null
            'FROM: <a@example.com>'                             | a@example.com   | -1       | SEVEN_BIT     | false | null | null
            'FROM:<>'                                           | null            | -1       | SEVEN_BIT     | false | null | null
            'FROM:<@relay.example,@r2.example:a@example.com>'   | a@example.com   | -1       | SEVEN_BIT     | false | null | null
            'FROM:<"a>b"@example.com>'                         | '"a>b"@example.com' | -1 | SEVEN_BIT | false | null | null
            'FROM:<a@example.com> SIZE=12345'                   | a@example.com   | 12345    | SEVEN_BIT     | false | null | null
            'FROM:<a@example.com> size=1 body=8bitmime'         | a@example.com   | 1        | EIGHT_BITMIME | false | null | null
            'FROM:<a@example.com> BODY=BINARYMIME'              | a@example.com   | -1       | BINARYMIME    | false | null | null
            'FROM:<δοκιμή@παράδειγμα.δοκιμή> SMTPUTF8'          | δοκιμή@παράδειγμα.δοκιμή | -1 | SEVEN_BIT | true | null | null
            'FROM:<a@example.com> RET=HDRS ENVID=QQ314159'      | a@example.com   | -1       | SEVEN_BIT     | false | HDRS | QQ314159
            'FROM:<a@example.com> RET=full ENVID=a+2Bb'         | a@example.com   | -1       | SEVEN_BIT     | false | FULL | a+2Bb
            'FROM:<a@example.com> AUTH=<>'                      | a@example.com   | -1       | SEVEN_BIT     | false | null | null
            'FROM:<a@example.com> SIZE=99999999999999999999'    | a@example.com   | 9223372036854775807 | SEVEN_BIT | false | null | null
            """)
    void parses(String argument, String sender, long size, String body, boolean utf8, String ret, String envId) throws SmtpException {
        MailFromArgument m = MailFromArgument.parse(argument, true);
        assertThat(m.sender() == null ? null : m.sender().toString()).isEqualTo(sender);
        assertThat(m.size()).isEqualTo(size);
        assertThat(m.body().name()).isEqualTo(body);
        assertThat(m.smtpUtf8()).isEqualTo(utf8);
        assertThat(m.ret() == null ? null : m.ret().name()).isEqualTo(ret);
        assertThat(m.envId()).isEqualTo(envId);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            ''                                        | SYNTAX
            'FROM'                                    | SYNTAX
            'TO:<a@example.com>'                      | SYNTAX
            'FROM:a@example.com'                      | SYNTAX
            'FROM:<a@example.com'                     | SYNTAX
            'FROM:<a b@example.com>'                  | SYNTAX
            'FROM:<a@example.com>SIZE=1'              | SYNTAX
            'FROM:<a@example.com> SIZE=abc'           | SYNTAX
            'FROM:<a@example.com> SIZE'               | SYNTAX
            'FROM:<a@example.com> SIZE=1 SIZE=2'      | SYNTAX
            'FROM:<a@example.com> BODY=9BIT'          | SYNTAX
            'FROM:<a@example.com> RET=ALL'            | SYNTAX
            'FROM:<a@example.com> ENVID=a=b'          | SYNTAX
            'FROM:<a@example.com> ENVID=a+zz'         | SYNTAX
            'FROM:<a@example.com> SMTPUTF8=yes'       | SYNTAX
            'FROM:<a@example.com> X-UNKNOWN=1'        | UNKNOWN_PARAMETER
            'FROM:<no-at-sign>'                       | BAD_SENDER_SYNTAX
            'FROM:<a@-bad-.example>'                  | BAD_SENDER_SYNTAX
            'FROM:<δοκιμή@example.com>'               | UTF8_REQUIRED
            """)
    void refuses(String argument, SmtpError error) {
        assertThatThrownBy(() -> MailFromArgument.parse(argument, true))
                .isInstanceOfSatisfying(SmtpException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'FROM:<a@example.com> SIZE=100'           | UNKNOWN_PARAMETER
            'FROM:<a@example.com> BODY=8BITMIME'      | UNKNOWN_PARAMETER
            'FROM:<> SMTPUTF8'                        | UNKNOWN_PARAMETER
            """)
    void refusesParametersAfterHelo(String argument, SmtpError error) {
        assertThatThrownBy(() -> MailFromArgument.parse(argument, false))
                .isInstanceOfSatisfying(SmtpException.class, e -> assertThat(e.error()).isEqualTo(error));
    }
}
