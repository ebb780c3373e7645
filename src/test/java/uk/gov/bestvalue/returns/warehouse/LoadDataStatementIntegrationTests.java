package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * Facts streamed through {@code LOAD DATA LOCAL INFILE} arrive exactly as a prepared insert would write them, and
 * a stream the server does not take whole leaves nothing behind. MySQL/MariaDB with {@code allowLoadLocalInfile=true}
 * only (the CI's MariaDB run): the embedded database has no such statement.
 */
@SpringBootTest
class LoadDataStatementIntegrationTests extends PipelineIntegrationTest {

    private static final List<String> COLUMNS = List.of("load_batch_id", "source_sheet", "source_row",
            "contract_reference", "title", "total_value", "start_date", "sme");
    private static final LoadDataStatement STATEMENT = new LoadDataStatement("contract_fact", COLUMNS);

    @Autowired
    private JdbcTemplate template;
    @Autowired
    private TransactionTemplate transaction;
    private long batch;

    @BeforeEach
    void aLoadBatchOnAServerThatTakesLocalFiles() {
        assumeTrue(template.execute((ConnectionCallback<Boolean>) LoadDataStatement::supportedBy),
                "LOAD DATA LOCAL INFILE needs MySQL/MariaDB and allowLoadLocalInfile=true in the database URL");
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status) VALUES (?, ?, 0, ?, ?)")
                .params("load-data.xlsx", "d".repeat(64), Timestamp.valueOf(LocalDateTime.of(2016, 2, 1, 9, 0)), "LOADING")
                .update();
        batch = jdbc.sql("SELECT MAX(load_batch_id) FROM load_batch").query(Long.class).single();
    }

    @Test
    void textNumbersDatesFlagsAndNullsArriveAsSent() {
        // given rows whose text holds what the stream must escape (tabs, line breaks, backslashes, NUL) and UTF-8 of
        // two, three and four bytes, and amounts of either sign
        List<Object[]> rows = new ArrayList<>();
        rows.add(row(2, "C-1", "Tab\there, line\nbreak, \\N and C:\\path", new BigDecimal("1234567.89"),
                LocalDate.of(2016, 1, 31), true));
        rows.add(row(3, "C-2", "Café £25,000 \u0000 end\r 😀", new BigDecimal("-1234.50"), null, false));
        rows.add(row(4, "C-3", null, null, LocalDate.of(2099, 12, 31), null));

        // when they are streamed in a transaction
        long loaded = transaction.execute(status -> template.execute(
                (ConnectionCallback<Long>) connection -> STATEMENT.load(connection, rows)));

        // then each row is there, value for value
        assertThat(loaded).isEqualTo(3);
        List<Map<String, Object>> stored = template.queryForList("SELECT contract_reference, title, total_value, "
                + "start_date, sme FROM contract_fact WHERE load_batch_id = ? ORDER BY source_row", batch);
        assertThat(stored).extracting(r -> r.get("title")).containsExactly(
                "Tab\there, line\nbreak, \\N and C:\\path", "Café £25,000 \u0000 end\r 😀", null);
        assertThat(stored).extracting(r -> (BigDecimal) r.get("total_value"))
                .usingElementComparator((a, b) -> a == null || b == null ? (a == b ? 0 : 1) : a.compareTo(b))
                .containsExactly(new BigDecimal("1234567.89"), new BigDecimal("-1234.5"), null);
        assertThat(stored).extracting(r -> r.get("start_date") == null ? null : r.get("start_date").toString())
                .containsExactly("2016-01-31", null, "2099-12-31");
        // a BOOLEAN column reads back as a Boolean or a number, depending on the driver's settings
        assertThat(stored).extracting(r -> r.get("sme") instanceof Number n ? (Object) (n.intValue() == 1) : r.get("sme"))
                .containsExactly(true, false, null);
    }

    @Test
    void aStreamTheServerWouldChangeIsUndoneWhole() {
        // given 100 rows, one of them with a title longer than the column (the server would cut it and warn)
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(row(2 + i, "C-" + i, i == 57 ? "x".repeat(5000) : "Title " + i, BigDecimal.TEN, null, null));
        }

        // when they are streamed, then the stream is refused with the server's warning
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> template.execute(
                (ConnectionCallback<Long>) connection -> STATEMENT.load(connection, rows))))
                .isInstanceOf(LoadDataStatement.Rejected.class)
                .hasMessageContaining("100 rows sent")
                .hasMessageContaining("title");

        // and not one of its rows remains
        assertThat(count("SELECT COUNT(*) FROM contract_fact WHERE load_batch_id = " + batch)).isZero();
    }

    private Object[] row(int sourceRow, String reference, String title, BigDecimal value, LocalDate start, Boolean sme) {
        return new Object[] {batch, "Contracts", sourceRow, reference, title, value, start, sme};
    }
}
