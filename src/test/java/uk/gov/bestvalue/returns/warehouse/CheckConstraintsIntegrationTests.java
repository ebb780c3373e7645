package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
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
    /** The load batch each row below belongs to (made before each case). */
    private static final String BATCH = "(SELECT MAX(load_batch_id) FROM load_batch)";

    /**
     * A constrained column: an insert of one row whose first parameter is the value and whose others take a number
     * that tells the rows apart (for the table's unique keys), the values the pipeline writes, and values it must
     * refuse.
     */
    record Column(String constraint, String insert, List<String> written, List<String> refused) {

        @Override
        public String toString() {
            return constraint;
        }
    }

    static List<Column> columns() {
        return List.of(
                new Column("ck_load_batch_status", "INSERT INTO load_batch (status, file_name, sha256, file_bytes, "
                        + "received_at) VALUES (?, CONCAT('file-', ?, '.xlsx'), REPEAT('c', 64), 0, CURRENT_TIMESTAMP)",
                        List.of("RECEIVED", "LOADING", "CURRENT", "SUPERSEDED", "REJECTED", "DUPLICATE", "FAILED"),
                        List.of("CURENT", "current")),
                new Column("ck_finding_severity", "INSERT INTO finding (severity, source_row, load_batch_id, rule_id, "
                        + "source_sheet, source_column, cell_ref, message) VALUES (?, ?, " + BATCH + ", 'P1', "
                        + "'Contracts', 'A', 'Contracts!A2', 'A message.')",
                        List.of("error", "warning"), List.of("ERROR", "info")),
                new Column("ck_outbox_email_status", "INSERT INTO outbox_email (status, email_key, message_id, "
                        + "recipient, subject, body_text, body_html, attempts, queued_at, next_attempt_at) VALUES (?, "
                        + "CONCAT('constraints-', ?), CONCAT('m', ?), 'owner@example.gov.uk', 'Subject', 'text', '<p>html</p>', 0, "
                        + "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                        List.of("PENDING", "SENDING", "SENT", "FAILED"), List.of("QUEUED")),
                new Column("ck_payment_match_kind", "INSERT INTO payment_match (kind, payment_fact_id, period, method) "
                        + "VALUES (?, ?, '2016-01', 'none')", List.of("contract", "grant"), List.of("loan")),
                new Column("ck_payment_match_method", "INSERT INTO payment_match (method, payment_fact_id, period, "
                        + "kind) VALUES (?, ?, '2016-01', 'contract')",
                        List.of("company-number", "name-exact", "name-similar", "none"), List.of("fuzzy")),
                new Column("ck_payment_total_kind", "INSERT INTO payment_total (kind, payments, period, method, "
                        + "amount, last_payment_fact_id) VALUES (?, ?, '2016-01', 'none', 600.00, 1)",
                        List.of("contract", "grant"), List.of("lease")),
                new Column("ck_payment_total_method", "INSERT INTO payment_total (method, payments, period, kind, "
                        + "amount, last_payment_fact_id) VALUES (?, ?, '2016-01', 'grant', 600.00, 1)",
                        List.of("company-number", "name-exact", "name-similar", "none"), List.of("NAME-EXACT")),
                new Column("ck_milestone_fact_status_category", "INSERT INTO milestone_fact (status_category, "
                        + "source_row, load_batch_id, source_sheet) VALUES (?, ?, " + BATCH + ", 'Milestones')",
                        List.of("COMPLETE", "ON_TARGET", "ONGOING", "REVISED", "OTHER"), List.of("LATE")),
                new Column("ck_milestone_kpi_delivery_status", "INSERT INTO milestone_kpi (delivery_status, area, "
                        + "period, milestones_total, complete, on_target, ongoing, revised_date_proposed, overdue, "
                        + "complete_or_on_track, revised_awaiting_approval, refreshed_at) VALUES (?, "
                        + "CONCAT('area ', ?), '2016-01', 1, 1, 0, 0, 0, 0, 1, 0, CURRENT_TIMESTAMP)",
                        List.of("GREEN", "AMBER", "RED"), List.of("green", "BLUE")),
                new Column("ck_reconciliation_kpi_status", "INSERT INTO reconciliation_kpi (status, directorate_id, "
                        + "period, payments, spend, off_contract_payments, off_contract_spend) VALUES (?, "
                        + "CONCAT('d', ?), '2016-01', 1, 600.00, 0, 0.00)",
                        List.of("GREEN", "AMBER", "RED"), List.of("BLUE")),
                new Column("ck_monthly_run_status", "INSERT INTO monthly_run (status, job_execution_id, period, "
                        + "started_at) VALUES (?, ?, '2016-01', CURRENT_TIMESTAMP)",
                        List.of("STARTING", "STARTED", "STOPPING", "STOPPED", "COMPLETED", "FAILED", "ABANDONED",
                                "UNKNOWN"), List.of("DONE")),
                new Column("ck_load_batch_column_mapped_how", "INSERT INTO load_batch_column (mapped_how, "
                        + "column_index, load_batch_id, source_sheet, source_column, header_row) VALUES (?, ?, "
                        + BATCH + ", 'Contracts', 'A', 1)",
                        List.of("alias", "similar", "content", "configured"), List.of("guessed")));
    }

    @ParameterizedTest
    @MethodSource("columns")
    void aColumnWithAClosedSetOfValuesTakesThoseAndRefusesOthers(Column column) {
        // given a load batch for the rows that belong to one
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status) VALUES (?, ?, 0, ?, ?)")
                .params("constraints.xlsx", "c".repeat(64), NOW, "CURRENT").update();
        int row = 100;

        // when each value the pipeline writes is inserted, then it goes in
        for (String value : column.written()) {
            assertThat(insert(column, value, ++row)).isOne();
        }

        // and each other value is refused by the constraint itself (the comparison is binary: case counts)
        for (String value : column.refused()) {
            int next = ++row;
            assertThatThrownBy(() -> insert(column, value, next))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).containsIgnoringCase(column.constraint()));
        }
    }

    private int insert(Column column, String value, int row) {
        Object[] parameters = new Object[(int) column.insert().chars().filter(c -> c == '?').count()];
        Arrays.fill(parameters, row);
        parameters[0] = value;
        return jdbc.sql(column.insert()).params(parameters).update();
    }
}
