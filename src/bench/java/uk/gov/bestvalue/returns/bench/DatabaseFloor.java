package uk.gov.bestvalue.returns.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.FieldTyping;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;
import uk.gov.bestvalue.returns.warehouse.LoadDataStatement;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * The loading rate the database allows: the benchmark's rows inserted into the fact table with plain
 * batched JDBC, 1000 rows a batch and a transaction each, under a load batch of their own; or, on MySQL and
 * MariaDB, streamed to the server with {@code LOAD DATA LOCAL INFILE}, {@value #LOAD_DATA_CHUNK} rows a statement.
 */
public final class DatabaseFloor {

    static final int BATCH = 1000;
    static final int LOAD_DATA_CHUNK = 50_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final LoadBatchRepository batches;
    private final ReturnSpec spec;
    private final String insertSql;
    private final LoadDataStatement loadData;
    private final int[] types;
    private final int supplierName;
    private final int companyNumber;
    private long loadBatchId = -1;

    public DatabaseFloor(JdbcTemplate jdbc, TransactionTemplate transaction, LoadBatchRepository batches, ReturnSpec spec) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.batches = batches;
        this.spec = spec;
        List<String> columns = new ArrayList<>(List.of("load_batch_id", "source_sheet", "source_row"));
        spec.fields().forEach(f -> columns.add(f.name()));
        columns.add("supplier_key");
        this.insertSql = "INSERT INTO " + spec.table() + " (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
        this.loadData = new LoadDataStatement(spec.table(), columns);
        this.supplierName = spec.fields().indexOf(field("supplier_name"));
        this.companyNumber = spec.fields().indexOf(field("supplier_company_number"));
        this.types = new int[columns.size()];
        types[0] = Types.BIGINT;
        types[1] = Types.VARCHAR;
        types[2] = Types.INTEGER;
        for (int f = 0; f < spec.fields().size(); f++) {
            types[3 + f] = sqlType(spec.fields().get(f));
        }
        types[types.length - 1] = Types.VARCHAR;
    }

    /** Creates the load batch the rows hang from (the fact table's foreign key needs one). */
    public void prepare() {
        loadBatchId = batches.received("benchmark-database-floor.xlsx", "0".repeat(64), 0);
    }

    /** Inserts rows 0 to rows-1 as the generator writes them; returns the rows inserted. */
    public long load(ContractRowValues values, int rows) {
        for (int from = 0; from < rows; from += BATCH) {
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (int i = from; i < Math.min(rows, from + BATCH); i++) {
                batch.add(parameters(values, i));
            }
            insert(batch);
        }
        return rows;
    }

    /**
     * Reads a file's sheet with our reader, types every cell, and inserts the rows as {@link #load} does: the floor
     * of loading a file of this spec (for the ledger, whose lines are not generated as values).
     */
    public long loadFile(Path file, String sheetName) throws Exception {
        FieldTyping typing = new FieldTyping(spec.fields());
        long rows = 0;
        try (WorkbookFile workbook = Workbooks.open(file); RowCursor cursor = workbook.openSheet(sheetName)) {
            int[] columns = HeaderMatch.of(spec, cursor.next()).columns();
            List<Object[]> batch = new ArrayList<>(BATCH);
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                Object[] parameters = new Object[types.length];
                parameters[0] = loadBatchId;
                parameters[1] = sheetName;
                parameters[2] = row.rowNumber();
                for (int f = 0; f < columns.length; f++) {
                    Object value = typing.parse(f, row.cell(columns[f])).value();
                    parameters[3 + f] = value instanceof LocalDate day ? Date.valueOf(day) : value;
                }
                parameters[types.length - 1] = SupplierKey.of((String) parameters[3 + supplierName],
                        (String) parameters[3 + companyNumber]);
                batch.add(parameters);
                rows++;
                if (batch.size() == BATCH) {
                    insert(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                insert(batch);
            }
        }
        return rows;
    }

    /**
     * Sends rows 0 to rows-1, as the generator writes them, as tab-separated text through Connector/J's local-infile
     * stream (the connection needs {@code allowLoadLocalInfile=true}); returns the rows the server loaded.
     */
    public long loadData(ContractRowValues values, int rows) throws SQLException {
        long loaded = 0;
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (int from = 0; from < rows; from += LOAD_DATA_CHUNK) {
                    int first = from;
                    int size = Math.min(rows, from + LOAD_DATA_CHUNK) - from;
                    // each row made as the statement sends it, as the pipeline's rows come from its read-ahead: a
                    // chunk held whole would fill most of a 256 MB heap
                    List<Object[]> chunk = new AbstractList<>() {
                        @Override
                        public Object[] get(int index) {
                            return parameters(values, first + index);
                        }

                        @Override
                        public int size() {
                            return size;
                        }
                    };
                    loaded += loadData.load(connection, chunk);
                    connection.commit();
                }
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
        if (loaded != rows) {
            throw new IllegalStateException("LOAD DATA loaded " + loaded + " rows of " + rows);
        }
        return loaded;
    }

    /** The insert's parameters for generated row {@code i}: its lineage, its values typed, its supplier key. */
    private Object[] parameters(ContractRowValues values, int i) {
        Object[] row = values.row(i);
        Object[] parameters = new Object[types.length];
        parameters[0] = loadBatchId;
        parameters[1] = BenchmarkReturnGenerator.CONTRACTS;
        parameters[2] = i + 2;
        for (int f = 0; f < row.length; f++) {
            parameters[3 + f] = parameter(types[3 + f], row[f]);
        }
        parameters[types.length - 1] = SupplierKey.of((String) row[supplierName], (String) row[companyNumber]);
        return parameters;
    }

    private void insert(List<Object[]> batch) {
        transaction.executeWithoutResult(status -> jdbc.batchUpdate(insertSql, batch, types));
    }

    /** The load batch the rows hang from, once prepared. */
    long loadBatchId() {
        return loadBatchId;
    }

    /** Deletes what {@link #load} inserted and its load batch. */
    public void cleanUp() {
        if (loadBatchId >= 0) {
            SlicedDelete.loadBatch(jdbc, spec.table(), loadBatchId);
            jdbc.update("DELETE FROM load_batch WHERE load_batch_id = ?", loadBatchId);
            loadBatchId = -1;
        }
    }

    private FieldSpec field(String name) {
        return spec.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static Object parameter(int type, Object value) {
        if (value == null) {
            return null;
        }
        return switch (type) {
            case Types.DECIMAL -> BigDecimal.valueOf((Double) value).setScale(2, java.math.RoundingMode.HALF_UP);
            case Types.DATE -> Date.valueOf((LocalDate) value);
            case Types.BOOLEAN -> "Y".equals(value);
            default -> value;
        };
    }

    private static int sqlType(FieldSpec field) {
        return switch (field.type()) {
            case MONEY, PERCENT -> Types.DECIMAL;
            case DATE -> Types.DATE;
            case BOOLEAN -> Types.BOOLEAN;
            case INTEGER -> Types.BIGINT;
            default -> Types.VARCHAR;
        };
    }
}
