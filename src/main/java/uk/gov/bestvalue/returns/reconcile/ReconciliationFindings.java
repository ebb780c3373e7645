package uk.gov.bestvalue.returns.reconcile;

import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.warehouse.LoadBatchColumns;
import uk.gov.bestvalue.returns.workbook.CellRef;

/** Writes a period's reconciliation findings into the {@code finding} table in JDBC batches, and clears them. */
public final class ReconciliationFindings {

    private static final String INSERT = "INSERT INTO finding (load_batch_id, rule_id, severity, source_sheet, "
            + "source_row, source_column, cell_ref, field_name, cell_value, message, monthly_period, "
            + "ledger_load_batch_id, ledger_file, ledger_sheet, ledger_row, monthly_directorate_id) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final LoadBatchColumns columns;

    /** Each (batch, sheet, field) looked up once per insert: R1 asks for the same column for every off-contract line. */
    private record ColumnKey(long loadBatchId, String sheet, String field) {
    }

    public ReconciliationFindings(JdbcTemplate jdbc, LoadBatchColumns columns) {
        this.jdbc = jdbc;
        this.columns = columns;
    }

    /** Deletes a period's findings of one rule, so that the rule's step can write them again. */
    public int clear(String period, String rule) {
        return jdbc.update("DELETE FROM finding WHERE monthly_period = ? AND rule_id = ?", period, rule);
    }

    /** Inserts the findings. */
    public void insert(List<ReconciliationFinding> findings) {
        if (findings.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(findings.size());
        Map<ColumnKey, Integer> columnOf = new HashMap<>();
        for (ReconciliationFinding f : findings) {
            // column A when the load recorded no such column (a batch loaded before column lineage was kept)
            int column = columnOf.computeIfAbsent(new ColumnKey(f.loadBatchId(), f.sheet(), f.field()),
                    key -> columns.columnOf(key.loadBatchId(), key.sheet(), key.field()).orElse(0));
            CellRef cell = new CellRef(f.sheet(), f.row(), column);
            LedgerLine line = f.ledger();
            rows.add(new Object[] {f.loadBatchId(), f.rule(), f.severity(), f.sheet(), f.row(), cell.columnLetters(),
                    cell.toString(), f.field(), truncate(f.value(), 500), truncate(f.message(), 2000), f.period(),
                    line == null ? null : line.loadBatchId(), line == null ? null : line.file(),
                    line == null ? null : line.sheet(), line == null ? null : line.row(), f.directorateId()});
        }
        int[] types = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.INTEGER, Types.VARCHAR,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.CHAR, Types.BIGINT, Types.VARCHAR,
                Types.VARCHAR, Types.INTEGER, Types.VARCHAR};
        jdbc.batchUpdate(INSERT, rows, types);
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
