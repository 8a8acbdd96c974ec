package dev.junction.imap.protocol;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** LIST patterns (RFC 9051 6.3.9): reference + pattern, {@code *} and {@code %}, INBOX in any case. */
class MailboxPatternTest {

    @ParameterizedTest(name = "{0} + {1} vs {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "NULL", emptyValue = "", textBlock = """
            ''        | *          | INBOX               | true
            ''        | *          | Lists/junction/dev  | true
            ''        | %          | Lists               | true
            ''        | %          | Lists/junction      | false
            ''        | %/%        | Lists/junction      | true
            ''        | %/%        | Lists/junction/dev  | false
            ''        | Lists/*    | Lists/junction/dev  | true
            ''        | Lists/*    | Lists               | false
            ''        | Lists*     | Lists               | true
            ''        | Lists%     | Lists/junction      | false
            ''        | L%s        | Lists               | true
            ''        | L%s        | Lxx/s               | false
            ''        | L*s        | Lxx/s               | true
            ''        | *n*        | Lists/junction      | true
            ''        | %*%        | a/b/c               | true
            ''        | *%         | a/b                 | true
            ''        | %%         | a/b                 | false
            ''        | Sent       | Sent                | true
            ''        | Sent       | sent                | false
            ''        | Sent       | Sent/2025           | false
            ''        | ''         | ''                  | true
            ''        | ''         | INBOX               | false
            Lists/    | %          | Lists/junction      | true
            Lists/    | %          | Lists               | false
            Lists/    | *          | Lists/junction/dev  | true
            Lists     | *          | Lists/junction      | true
            Lists     | *          | Listsx              | true
            ~smith/   | foo.*      | ~smith/foo.bar      | true
            ''        | inbox      | INBOX               | true
            ''        | InBoX      | INBOX               | true
            ''        | inb%       | INBOX               | true
            ''        | inbox/%    | INBOX/Lists         | true
            inbox/    | %          | INBOX/Lists         | true
            ''        | INBOX/%    | INBOX/Lists         | true
            ''        | inbox/lists | INBOX/Lists        | false
            ''        | inbox*     | INBOXES             | false
            ''        | INBOX*     | INBOXES             | true
            ''        | inbox      | Inbox2              | false
            ''        | 日本語/%    | 日本語/台北           | true
            ''        | 日本%       | 日本語               | true
            ''        | %          | 日本語/台北           | false
            """)
    void matches(String reference, String pattern, String name, boolean expected) {
        assertThat(MailboxPattern.of(reference, pattern, '/').matches(name)).isEqualTo(expected);
    }

    @Test
    void aLongPatternOfWildcardsCostsLittle() {
        String wildcards = "*%".repeat(30_000) + "x";
        String name = "a".repeat(2_000);
        // A run of wildcards is one token, so this is quick; the naive backtracking match never ends.
        assertThat(MailboxPattern.of("", wildcards, '/').matches(name)).isFalse();
        assertThat(MailboxPattern.of("", wildcards, '/').matches(name + "x")).isTrue();
        assertThat(MailboxPattern.of("", "*a".repeat(3_000), '/').matches(name)).isFalse();
        assertThat(MailboxPattern.of("", "*a".repeat(1_000), '/').matches(name)).isTrue();
    }
}
