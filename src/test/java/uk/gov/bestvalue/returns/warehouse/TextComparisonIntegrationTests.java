package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/**
 * The warehouse compares text the same way on H2 and on MySQL/MariaDB: code point by code point (utf8mb4_bin), so
 * two suppliers written differently only by case or accent stay two names, and only the pipeline's own keys decide
 * what is the same supplier. Run on both databases by the CI.
 */
@SpringBootTest
class TextComparisonIntegrationTests extends PipelineIntegrationTest {

    @Test
    void namesDifferingOnlyByCaseOrAccentStayApartOnEveryDatabase() throws IOException {
        // given a spend export paying one café under three spellings
        Path ledger = Files.createDirectories(folders.inbox()).resolve("finance-spend-2016-01.csv");
        Files.writeString(ledger, """
                Body Name,Date,Transaction Number,Net Amount,Supplier Name,Supplier ID,Company Number,Expense Area,Expense Type,Cost Centre
                Example Borough Council,05/01/2016,500001,"1,000.00",Café Rouge Ltd,S1,,Resources,Catering,RES-01
                Example Borough Council,06/01/2016,500002,"2,000.00",CAFÉ ROUGE LTD,S1,,Resources,Catering,RES-01
                Example Borough Council,07/01/2016,500003,"3,000.00",Cafe Rouge Ltd,S1,,Resources,Catering,RES-01
                """, StandardCharsets.UTF_8);

        // when it is loaded
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(ledger));

        // then every line is kept as written, with its accent
        assertThat(outcomes).extracting(SubmissionOutcome::rowsLoaded).containsExactly(3);
        assertThat(jdbc.sql("SELECT supplier_name FROM v_payment_current ORDER BY source_row").query(String.class).list())
                .containsExactly("Café Rouge Ltd", "CAFÉ ROUGE LTD", "Cafe Rouge Ltd");
        // and the database tells the three spellings apart, as H2 does: no case or accent folding of its own
        assertThat(count("SELECT COUNT(DISTINCT supplier_name) FROM payment_fact")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM payment_fact WHERE supplier_name = 'cafe rouge ltd'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM payment_fact WHERE supplier_name = 'Café Rouge Ltd'")).isEqualTo(1);
        // while the pipeline's key, folded in Java the same way everywhere, puts the three spellings together
        assertThat(jdbc.sql("SELECT supplier_key, COUNT(*) FROM payment_fact GROUP BY supplier_key ORDER BY supplier_key")
                .query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
                .containsExactly("name:cafe rouge=3");
    }

    @Test
    void outboxRecipientsDifferingOnlyByCaseAreTwoRowsOnEveryDatabase() {
        // given an email queued to one address
        insertOutboxRow("Jo.Smith@example.gov.uk", "m1");

        // when the same email is queued to the address written in lower case
        insertOutboxRow("jo.smith@example.gov.uk", "m2");

        // then the unique key sees two recipients on H2 and MySQL alike
        assertThat(count("SELECT COUNT(*) FROM outbox_email WHERE email_key = 'text-comparison'")).isEqualTo(2);
    }

    @Test
    void currentViewsShowTheColumnsAddedToTheirTablesLater() {
        // given the columns added after their views were first made (MySQL froze "f.*" at creation)

        // when / then the current views offer them on every database
        assertThat(count("SELECT COUNT(lot) FROM v_contract_current")).isZero();
        assertThat(count("SELECT COUNT(duration_months) FROM v_grant_current")).isZero();
        assertThat(count("SELECT COUNT(monthly_period) + COUNT(ledger_row) FROM v_finding_current")).isZero();
    }

    private void insertOutboxRow(String recipient, String messageId) {
        jdbc.sql("""
                INSERT INTO outbox_email (email_key, recipient, message_id, subject, body_text, body_html, status,
                                          attempts, queued_at, next_attempt_at)
                VALUES ('text-comparison', ?, ?, 'Subject', 'text', '<p>html</p>', 'SENT', 0, CURRENT_TIMESTAMP,
                        CURRENT_TIMESTAMP)""")
                .params(recipient, messageId).update();
    }
}
