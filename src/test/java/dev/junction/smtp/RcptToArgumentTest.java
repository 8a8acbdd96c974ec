package dev.junction.smtp;

import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RcptToArgumentTest {

    private static final Postmaster.Lookup POSTMASTER = () -> MailAddress.parse("postmaster@example.com");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', nullValues = "null", textBlock = """
            'TO:<b@example.com>'                                        | b@example.com | ''                 | null
            'to:<B@Example.COM>'                                        | B@example.com | ''                 | null
            'TO:<b@example.com> NOTIFY=NEVER'                           | b@example.com | NEVER              | null
            'TO:<b@example.com> NOTIFY=success,failure'                 | b@example.com | FAILURE SUCCESS    | null
            'TO:<b@example.com> NOTIFY=DELAY ORCPT=rfc822;b+40example.com' | b@example.com | DELAY           | rfc822;b+40example.com
            'TO:<Postmaster>'                                           | postmaster@example.com | ''        | null
            'TO:<POSTMASTER> NOTIFY=NEVER'                              | postmaster@example.com | NEVER     | null
            """)
    void parses(String argument, String address, String notify, String orcpt) throws SmtpException {
        Recipient r = RcptToArgument.parse(argument, true, POSTMASTER);
        assertThat(r.address().toString()).isEqualTo(address);
        assertThat(r.notifyOn().stream().map(Enum::name).sorted().toList())
                .isEqualTo(notify.isEmpty() ? java.util.List.of() : java.util.List.of(notify.split(" ")));
        assertThat(r.orcpt()).isEqualTo(orcpt);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'TO:<>'                                   | BAD_RECIPIENT_SYNTAX
            'TO:<b>'                                  | BAD_RECIPIENT_SYNTAX
            'FROM:<b@example.com>'                    | SYNTAX
            'TO:b@example.com'                        | SYNTAX
            'TO:<b@example.com> NOTIFY=NEVER,DELAY'   | SYNTAX
            'TO:<b@example.com> NOTIFY=SOMETIMES'     | SYNTAX
            'TO:<b@example.com> NOTIFY'               | SYNTAX
            'TO:<b@example.com> ORCPT=nosemicolon'    | SYNTAX
            'TO:<b@example.com> ORCPT=rfc822;a+b'     | SYNTAX
            'TO:<b@example.com> FOO=BAR'              | UNKNOWN_PARAMETER
            """)
    void refuses(String argument, SmtpError error) {
        assertThatThrownBy(() -> RcptToArgument.parse(argument, true, POSTMASTER))
                .isInstanceOfSatisfying(SmtpException.class, e -> assertThat(e.error()).isEqualTo(error));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            'TO:<b@example.com> NOTIFY=NEVER'
            'TO:<Postmaster> ORCPT=rfc822;postmaster'
            """)
    void refusesParametersAfterHelo(String argument) {
        assertThatThrownBy(() -> RcptToArgument.parse(argument, false, POSTMASTER))
                .isInstanceOfSatisfying(SmtpException.class, e -> assertThat(e.error()).isEqualTo(SmtpError.UNKNOWN_PARAMETER));
    }
}
