package uk.gov.bestvalue.returns.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/**
 * The outbox through a real SMTP server that goes down and comes back: the emails of a file processed during the
 * outage wait in the queue with back-off, and each is delivered exactly once when the server returns.
 */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=" + OutboxIntegrationTests.PORT,
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "pipeline.outbox.first-retry=PT1M"})
class OutboxIntegrationTests extends PipelineIntegrationTest {

    static final int PORT = 3027;
    private static final ServerSetup SMTP = new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

    @Autowired
    OutboxDispatcher dispatcher;

    private GreenMail server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void emailsQueuedDuringAnOutageAreDeliveredOnceWhenTheServerReturns() throws MessagingException, IOException {
        // given a mail server that delivers the emails of a first return, then goes down
        server = startServer();
        poller.processNow(List.of(PipelineTestSupport.drop("resources-procurement-2016-01.xlsx", folders.inbox())));
        int before = server.getReceivedMessages().length;
        assertThat(before).isPositive();
        assertThat(statuses()).hasSize(before).containsOnly("SENT");
        jdbc.sql("DELETE FROM outbox_email").update();
        server.stop();

        // when a second return is processed during the outage
        long mark = lastEvent();
        poller.processNow(List.of(PipelineTestSupport.drop("childrens-procurement-2016-01.xlsx", folders.inbox())));

        // then its emails wait in the outbox, one per owner, one tried and all due again a minute later
        assertThat(statuses()).containsExactly("PENDING", "PENDING", "PENDING");
        assertThat(count("SELECT COUNT(*) FROM outbox_email WHERE attempts = 1 AND last_error IS NOT NULL")).isEqualTo(1);
        // and the audit trail says the one tried was held back
        assertThat(eventsSince(mark)).filteredOn(e -> e.startsWith("EMAIL_DEFERRED")).singleElement().asString()
                .startsWith("EMAIL_DEFERRED SENDING->PENDING ").contains("attempt 1 failed, retried at ");
        Instant failedAt = Instant.now();

        // when the dispatcher runs again before the back-off has passed, nothing is tried
        DispatchResult tooSoon = dispatcher.dispatchDue(failedAt.plusSeconds(5));
        assertThat(tooSoon.sent() + tooSoon.failed()).isZero();

        // when the server is back (restarted) and the back-off has passed
        server = startServer();
        DispatchResult back = dispatcher.dispatchDue(failedAt.plus(Duration.ofMinutes(2)));

        // then every email is delivered, once each, to its own owner only
        assertThat(back.sent()).isEqualTo(3);
        assertThat(back.waiting()).isZero();
        assertThat(statuses()).containsExactly("SENT", "SENT", "SENT");
        assertThat(recipientsOf(server.getReceivedMessages())).containsExactlyInAnyOrder(
                "finance.childrens@council.example.gov.uk", "procurement.childrens@council.example.gov.uk",
                "j.smith@council.example.gov.uk");

        // and later rounds, and the same work repeated, send nothing again
        assertThat(dispatcher.dispatchDue(failedAt.plus(Duration.ofDays(1))).sent()).isZero();
        assertThat(server.getReceivedMessages()).hasSize(3);
    }

    @Test
    void aBadAddressGivesUpThatEmailOnlyAndTheRestAreSent() {
        // given two emails due: the first to an address with a header smuggled into it, the second to a good one
        server = startServer();
        long mark = lastEvent();
        queue("bad-address", "lead@council.example.gov.uk\r\nBcc: someone@elsewhere.example", "<bad@test>");
        queue("good-address", "finance.adults@council.example.gov.uk", "<good@test>");

        // when
        DispatchResult result = dispatcher.dispatchDue(Instant.now().plusSeconds(1));

        // then the bad one is given up at once, with the reason, and the good one is delivered in the same round
        assertThat(result.gaveUp()).isEqualTo(1);
        assertThat(result.sent()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT status FROM outbox_email ORDER BY email_key").query(String.class).list())
                .containsExactly("FAILED", "SENT");
        assertThat(server.getReceivedMessages()).hasSize(1);
        // and the audit trail records each in the transaction that marked it
        assertThat(eventsSince(mark)).satisfiesExactly(
                failed -> assertThat(failed).startsWith("EMAIL_FAILED SENDING->FAILED bad-address to lead@"),
                sent -> assertThat(sent).startsWith("EMAIL_SENT SENDING->SENT good-address to "
                        + "finance.adults@council.example.gov.uk: delivered as"));
    }

    private long lastEvent() {
        return jdbc.sql("SELECT COALESCE(MAX(audit_event_id), 0) FROM audit_event").query(Long.class).single();
    }

    /** The audit events after the mark: action, statuses and detail (the email's key and recipient first). */
    private java.util.List<String> eventsSince(long mark) {
        return jdbc.sql("SELECT action, status_before, status_after, detail FROM audit_event WHERE audit_event_id > ? "
                        + "ORDER BY audit_event_id").param(mark)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + "->" + rs.getString(3) + " " + rs.getString(4))
                .list();
    }

    private void queue(String key, String recipient, String messageId) {
        jdbc.sql("""
                INSERT INTO outbox_email (email_key, recipient, message_id, subject, body_text, body_html, status, attempts,
                    queued_at, next_attempt_at)
                VALUES (?, ?, ?, 'Return received', 'text', '<p>html</p>', 'PENDING', 0, ?, ?)""")
                .params(key, recipient, messageId, java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    @Test
    void anEmailClaimedByADispatcherThatDiedIsSentOnceLater() throws MessagingException {
        // given an email claimed for sending by a process that then died
        server = startServer();
        jdbc.sql("""
                INSERT INTO outbox_email (email_key, recipient, message_id, subject, body_text, body_html, status, attempts,
                    queued_at, next_attempt_at, claimed_at)
                VALUES ('chase-adults-grant-agreements-2016-01', 'finance.adults@council.example.gov.uk', '<x1@test>',
                    'Overdue', 'text', '<p>html</p>', 'SENDING', 0, ?, ?, ?)""")
                .params(java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now()))
                .update();

        // when the dispatcher runs before the claim has timed out, it leaves it alone
        assertThat(dispatcher.dispatchDue(Instant.now()).sent()).isZero();

        // when it runs after the claim timed out, the email goes, once, with the Message-ID it was queued with
        assertThat(dispatcher.dispatchDue(Instant.now().plus(Duration.ofMinutes(11))).sent()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue(Instant.now().plus(Duration.ofMinutes(30))).sent()).isZero();
        assertThat(server.getReceivedMessages()).hasSize(1);
        assertThat(server.getReceivedMessages()[0].getMessageID()).isEqualTo("<x1@test>");
        // the attempt of the dispatcher that died counts, beside the one that delivered it
        assertThat(jdbc.sql("SELECT attempts FROM outbox_email").query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void anEmailWhoseDispatchersKeepDyingIsGivenUpAfterTheLastAttempt() {
        // given an email claimed by a dispatcher that died, its 23 earlier attempts used up the same way
        server = startServer();
        long mark = lastEvent();
        jdbc.sql("""
                INSERT INTO outbox_email (email_key, recipient, message_id, subject, body_text, body_html, status, attempts,
                    queued_at, next_attempt_at, claimed_at)
                VALUES ('load-batch-1', 'finance.adults@council.example.gov.uk', '<x2@test>',
                    'Return received', 'text', '<p>html</p>', 'SENDING', 23, ?, ?, ?)""")
                .params(java.sql.Timestamp.from(Instant.now()), java.sql.Timestamp.from(Instant.now()),
                        java.sql.Timestamp.from(Instant.now()))
                .update();

        // when the dispatcher runs after the claim timed out
        var result = dispatcher.dispatchDue(Instant.now().plus(Duration.ofMinutes(11)));

        // then that death was the 24th and last attempt: the email is given up, not sent
        assertThat(result.sent()).isZero();
        assertThat(jdbc.sql("SELECT CONCAT(status, ':', attempts) FROM outbox_email").query(String.class).single())
                .isEqualTo("FAILED:24");
        assertThat(server.getReceivedMessages()).isEmpty();
        assertThat(eventsSince(mark)).singleElement().asString()
                .startsWith("EMAIL_FAILED SENDING->FAILED load-batch-1 to finance.adults@council.example.gov.uk: the "
                        + "dispatcher sending it stopped");
    }

    @Test
    void backOffDoublesUpToTheLongestWait() {
        OutboxSettings settings = new OutboxSettings(Duration.ofMinutes(1), Duration.ofHours(1), 24,
                Duration.ofMinutes(10), 1, 100);
        assertThat(List.of(1, 2, 3, 4, 7, 8, 20).stream().map(settings::backOff)).containsExactly(Duration.ofMinutes(1),
                Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(60),
                Duration.ofMinutes(60), Duration.ofMinutes(60));
    }

    private static GreenMail startServer() {
        GreenMail greenMail = new GreenMail(SMTP);
        greenMail.start();
        return greenMail;
    }

    private List<String> statuses() {
        return jdbc.sql("SELECT status FROM outbox_email ORDER BY outbox_email_id").query(String.class).list();
    }

    private static List<String> recipientsOf(MimeMessage[] messages) {
        return Arrays.stream(messages).map(m -> {
            try {
                assertThat(m.getAllRecipients()).hasSize(1);
                return m.getAllRecipients()[0].toString();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
