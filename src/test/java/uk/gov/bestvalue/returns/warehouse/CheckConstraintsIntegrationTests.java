package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * A column that holds one of a closed set of values refuses any other, on H2 and on MySQL/MariaDB alike (the CI
 * runs this on both), while the values the pipeline writes go in.
 */
@SpringBootTest
class CheckConstraintsIntegrationTests extends PipelineIntegrationTest {

    private static final Timestamp NOW = Timestamp.valueOf(LocalDateTime.of(2016, 2, 1, 9, 0));

    /** Tells the rows of one test apart where a unique key wants it. */
    private int next;

    @Test
    void aLoadBatchTakesTheKnownStatusesOnly() {
        // given / when / then a status the pipeline writes goes in, and a misspelt one is refused
        batch("CURRENT");
        refused("ck_load_batch_status", () -> batch("CURENT"));
    }

    @Test
    void aFindingIsAnErrorOrAWarningWrittenInLowerCase() {
        // given a load batch
        long batch = batch("CURRENT");

        // when / then its findings take 'error' and 'warning', and refuse another word or the same in capitals
        finding(batch, "error");
        finding(batch, "warning");
        refused("ck_finding_severity", () -> finding(batch, "ERROR"));
        refused("ck_finding_severity", () -> finding(batch, "info"));
    }

    @Test
    void anOutboxRowIsPendingSendingSentOrFailed() {
        for (String status : List.of("PENDING", "SENDING", "SENT", "FAILED")) {
            email(status, status);
        }
        refused("ck_outbox_email_status", () -> email("QUEUED", "queued"));
    }

    @Test
    void aPaymentIsMatchedToAContractOrAGrantByAKnownMethod() {
        // given the kinds and methods the match writes, which go in
        match("contract", "company-number");
        match("grant", "none");
        total("contract", "name-similar");

        // when / then another kind or method is refused, in the lines' matches as in their totals
        refused("ck_payment_match_kind", () -> match("loan", "none"));
        refused("ck_payment_match_method", () -> match("contract", "fuzzy"));
        refused("ck_payment_total_kind", () -> total("lease", "none"));
        refused("ck_payment_total_method", () -> total("grant", "NAME-EXACT"));
    }

    @Test
    void aKpiIsGreenAmberOrRed() {
        kpi("2016-01", "GREEN");
        milestoneKpi("2016-01", "AMBER");
        refused("ck_reconciliation_kpi_status", () -> kpi("2016-02", "BLUE"));
        refused("ck_milestone_kpi_delivery_status", () -> milestoneKpi("2016-02", "green"));
    }

    @Test
    void aMilestoneMonthlyRunAndColumnLineageTakeTheirKnownValuesOnly() {
        // given a load batch
        long batch = batch("CURRENT");

        // when / then each takes the values the pipeline writes, or none, and refuses others
        milestone(batch, "ON_TARGET");
        milestone(batch, null);
        refused("ck_milestone_fact_status_category", () -> milestone(batch, "LATE"));
        run("COMPLETED");
        refused("ck_monthly_run_status", () -> run("DONE"));
        column(batch, 0, "alias");
        column(batch, 1, null);
        refused("ck_load_batch_column_mapped_how", () -> column(batch, 2, "guessed"));
    }

    private static void refused(String constraint, Runnable insert) {
        assertThatThrownBy(insert::run).isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase(constraint));
    }

    private long batch(String status) {
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status) VALUES (?, ?, 0, ?, ?)")
                .params("constraints.xlsx", "c".repeat(64), NOW, status).update();
        return jdbc.sql("SELECT MAX(load_batch_id) FROM load_batch").query(Long.class).single();
    }

    private void finding(long batch, String severity) {
        jdbc.sql("INSERT INTO finding (load_batch_id, rule_id, severity, source_sheet, source_row, source_column, "
                        + "cell_ref, message) VALUES (?, 'P1', ?, 'Contracts', 2, 'A', 'Contracts!A2', 'A message.')")
                .params(batch, severity).update();
    }

    private void email(String status, String messageId) {
        jdbc.sql("INSERT INTO outbox_email (email_key, recipient, message_id, subject, body_text, body_html, status, "
                        + "attempts, queued_at, next_attempt_at) VALUES (?, 'owner@example.gov.uk', ?, "
                        + "'Subject', 'text', '<p>html</p>', ?, 0, ?, ?)")
                .params("constraints-" + messageId, messageId, status, NOW, NOW).update();
    }

    private void match(String kind, String method) {
        jdbc.sql("INSERT INTO payment_match (period, payment_fact_id, kind, method) VALUES ('2016-01', ?, ?, ?)")
                .params(++next, kind, method).update();
    }

    private void total(String kind, String method) {
        jdbc.sql("INSERT INTO payment_total (period, kind, method, payments, amount, last_payment_fact_id) "
                        + "VALUES ('2016-01', ?, ?, 1, 600.00, 1)")
                .params(kind, method).update();
    }

    private void kpi(String period, String status) {
        jdbc.sql("INSERT INTO reconciliation_kpi (period, directorate_id, payments, spend, off_contract_payments, "
                        + "off_contract_spend, status) VALUES (?, 'resources', 1, 600.00, 0, 0.00, ?)")
                .params(period, status).update();
    }

    private void milestoneKpi(String period, String status) {
        jdbc.sql("INSERT INTO milestone_kpi (period, area, milestones_total, complete, on_target, ongoing, "
                        + "revised_date_proposed, overdue, complete_or_on_track, revised_awaiting_approval, "
                        + "delivery_status, refreshed_at) VALUES (?, 'Governance', 1, 1, 0, 0, 0, 0, 1, 0, ?, ?)")
                .params(period, status, NOW).update();
    }

    private void milestone(long batch, String category) {
        jdbc.sql("INSERT INTO milestone_fact (load_batch_id, source_sheet, source_row, status_category) "
                        + "VALUES (?, 'Milestones', ?, ?)")
                .params(batch, ++next, category).update();
    }

    private void run(String status) {
        jdbc.sql("INSERT INTO monthly_run (period, job_execution_id, started_at, status) VALUES ('2016-01', 1, ?, ?)")
                .params(NOW, status).update();
    }

    private void column(long batch, int index, String how) {
        jdbc.sql("INSERT INTO load_batch_column (load_batch_id, source_sheet, column_index, source_column, header_row, "
                        + "mapped_how) VALUES (?, 'Contracts', ?, 'A', 1, ?)")
                .params(batch, index, how).update();
    }
}
