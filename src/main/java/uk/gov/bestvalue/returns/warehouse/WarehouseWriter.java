package uk.gov.bestvalue.returns.warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * Writes checked rows to the warehouse: loadable rows to the return's fact table, the keys they name to the return
 * type's dimensions, and every finding to {@code finding}, each carrying its load batch, sheet and row. Facts and
 * findings go as JDBC batches, or, on MySQL/MariaDB with {@code allowLoadLocalInfile=true} in the database URL, as
 * one {@code LOAD DATA LOCAL INFILE} stream per chunk (several times faster; a chunk the server does not take whole
 * is undone and inserted the ordinary way, so any error is the insert's). The caller owns the transaction.
 */
@Component
public class WarehouseWriter {

    private static final Logger log = LoggerFactory.getLogger(WarehouseWriter.class);

    private static final List<String> FINDING_COLUMNS = List.of("load_batch_id", "rule_id", "severity", "source_sheet",
            "source_row", "source_column", "cell_ref", "field_name", "cell_value", "message");
    private static final String INSERT_FINDING = "INSERT INTO finding (" + String.join(", ", FINDING_COLUMNS)
            + ") VALUES (" + String.join(", ", FINDING_COLUMNS.stream().map(c -> "?").toList()) + ")";
    private static final LoadDataStatement LOAD_FINDINGS = new LoadDataStatement("finding", FINDING_COLUMNS);
    /** Below this many rows a batch of inserts costs no more than a stream. */
    private static final int LOAD_DATA_FROM = 64;

    private final JdbcTemplate jdbc;
    private final Map<String, FactTable> tables = new ConcurrentHashMap<>();
    private final Map<String, List<DimensionWriter>> dimensions = new ConcurrentHashMap<>();
    private final Map<String, LoadDataStatement> loadStatements = new ConcurrentHashMap<>();
    private volatile Boolean loadData;

    public WarehouseWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes one chunk of a file's rows. */
    public void write(long loadBatchId, ReturnSpec spec, ReturnType<?> type, List<CheckedRow> rows) {
        FactTable table = tables.computeIfAbsent(spec.id(), id -> new FactTable(jdbc, spec, type.derivedColumnNames()));
        List<Object[]> facts = new ArrayList<>(rows.size());
        List<Object[]> findings = new ArrayList<>();
        for (CheckedRow row : rows) {
            if (row.loadable()) {
                facts.add(factParameters(table, loadBatchId, row));
            }
            for (Finding finding : row.findings()) {
                findings.add(findingParameters(loadBatchId, finding));
            }
        }
        if (!facts.isEmpty()) {
            insert(loadStatements.computeIfAbsent(spec.id(), id -> new LoadDataStatement(spec.table(), table.columns())),
                    table.insertSql(), facts, table.types());
            for (DimensionWriter dimension : dimensions.computeIfAbsent(spec.id(),
                    id -> type.dimensions().stream().map(d -> new DimensionWriter(d, table)).toList())) {
                dimension.write(jdbc, loadBatchId, facts);
            }
        }
        writeFindings(findings);
    }

    /** Writes findings that concern the file as a whole or come after its rows. */
    public void writeFindings(long loadBatchId, List<Finding> findings) {
        writeFindings(findings.stream().map(f -> findingParameters(loadBatchId, f)).toList());
    }

    private void writeFindings(List<Object[]> findings) {
        if (!findings.isEmpty()) {
            insert(LOAD_FINDINGS, INSERT_FINDING, findings, null);
        }
    }

    private void insert(LoadDataStatement stream, String insertSql, List<Object[]> rows, int[] types) {
        if (rows.size() >= LOAD_DATA_FROM && loadData()) {
            try {
                jdbc.execute((ConnectionCallback<Long>) connection -> stream.load(connection, rows));
                return;
            } catch (LoadDataStatement.Rejected rejected) {
                log.warn("LOAD DATA not taken whole ({}); inserting the chunk the ordinary way", rejected.getMessage());
            }
        }
        if (types == null) {
            jdbc.batchUpdate(insertSql, rows);
        } else {
            jdbc.batchUpdate(insertSql, rows, types);
        }
    }

    private boolean loadData() {
        Boolean supported = loadData;
        if (supported == null) {
            supported = jdbc.execute((ConnectionCallback<Boolean>) LoadDataStatement::supportedBy);
            loadData = supported;
        }
        return supported;
    }

    private static Object[] factParameters(FactTable table, long loadBatchId, CheckedRow checked) {
        ReturnRow row = checked.row();
        int fields = table.spec().fields().size();
        Object[] parameters = new Object[3 + fields + checked.derivedValues().size()];
        parameters[0] = loadBatchId;
        parameters[1] = row.sheet();
        parameters[2] = row.rowNumber();
        for (int i = 0; i < fields; i++) {
            parameters[3 + i] = table.fit(3 + i, row.value(i));
        }
        for (int i = 0; i < checked.derivedValues().size(); i++) {
            parameters[3 + fields + i] = table.fit(3 + fields + i, checked.derivedValues().get(i));
        }
        return parameters;
    }

    private static Object[] findingParameters(long loadBatchId, Finding finding) {
        return new Object[] {loadBatchId, finding.rule(), finding.severity().label(), finding.cell().sheet(),
                finding.cell().row(), finding.cell().columnLetters(), LoadBatchRepository.truncate(finding.cell().toString(), 140),
                finding.field(), LoadBatchRepository.truncate(finding.value(), 500),
                LoadBatchRepository.truncate(finding.message(), 2000)};
    }
}
