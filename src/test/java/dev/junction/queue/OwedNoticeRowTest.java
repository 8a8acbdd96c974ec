package dev.junction.queue;

import dev.junction.delivery.Outcome;
import dev.junction.mail.MailAddress;
import dev.junction.mail.Recipient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice is written from the spool row alone: the stored reply is read back as an outcome. */
class OwedNoticeRowTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            550 5.1.1 no such user                       | FAILED  | 550 | 5.1.1 | no such user
            451 4.4.7 delivery time expired after 5d; last reply: 451 4.4.1 x | FAILED | 451 | 4.4.7 | delivery time expired after 5d; last reply: 451 4.4.1 x
            250 2.0.0                                    | DELIVERED | 250 | 2.0.0 | ''
            connection reset                             | DELAYED | 451 | 4.0.0 | connection reset
            ''                                           | FAILED  | 550 | 5.0.0 | ''
            """)
    void theStoredReplyBecomesTheReportedOutcome(String reply, Dsn.Action notice, int code, String status, String text) {
        QueuedRecipient r = new QueuedRecipient(1, MailAddress.parse("a@example.org"), Recipient.of(MailAddress.parse("a@example.org")),
                RecipientState.FAILED, 1, Instant.EPOCH, reply, false, "mx.example.org", notice);
        Outcome o = DsnSender.outcome(r);
        assertThat(o.code()).isEqualTo(code);
        assertThat(o.status()).isEqualTo(status);
        assertThat(o.text()).isEqualTo(text);
        assertThat(o.remoteMta()).isEqualTo("mx.example.org");
    }

    @ParameterizedTest
    @CsvSource({"PT120H, 5d", "PT4H, 4h", "PT90M, 90m", "PT90S, 90s"})
    void theMaximumAgeReadsAsItWasWritten(Duration age, String text) {
        assertThat(ResultRecorder.age(age)).isEqualTo(text);
    }
}
