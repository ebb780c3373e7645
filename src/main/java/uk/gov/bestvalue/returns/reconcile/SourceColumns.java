package uk.gov.bestvalue.returns.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * The column a field sits in, in a loaded file's sheet. The facts keep the sheet and row of each item, not its
 * columns, so the archived file is recognised again (its first rows only), once per file and run.
 */
public final class SourceColumns {

    private static final Logger log = LoggerFactory.getLogger(SourceColumns.class);

    private final JdbcClient jdbc;
    private final ReturnRecognizer recognizer;
    private final Map<Long, Optional<Recognition>> byBatch = new ConcurrentHashMap<>();
    /** Each (batch, sheet, field) looked up once: R1 asks for the same column for every off-contract line. */
    private final Map<ColumnKey, Integer> columns = new ConcurrentHashMap<>();

    private record ColumnKey(long loadBatchId, String sheet, String field) {
    }

    public SourceColumns(JdbcClient jdbc, ReturnRecognizer recognizer) {
        this.jdbc = jdbc;
        this.recognizer = recognizer;
    }

    /** Forgets what it read (at the start of each run: a file read once per run is cheap, and memory stays flat). */
    public void clear() {
        byBatch.clear();
        columns.clear();
    }

    /**
     * Reads a batch's columns from its file where it lies now, before the file has been stored (a ledger matched
     * while its job still holds it in {@code processing/}); {@link #forget} it when done.
     */
    public void readFrom(long loadBatchId, Path file) {
        byBatch.put(loadBatchId, recognise(loadBatchId, file.toString()));
    }

    /** Forgets what it read of one batch. */
    public void forget(long loadBatchId) {
        byBatch.remove(loadBatchId);
        columns.keySet().removeIf(key -> key.loadBatchId() == loadBatchId);
    }

    /** The 0-based column of the field in the batch's sheet; column A when the file or the column is gone. */
    public int columnOf(long loadBatchId, String sheet, String field) {
        return columns.computeIfAbsent(new ColumnKey(loadBatchId, sheet, field),
                key -> find(key.loadBatchId(), key.sheet(), key.field()));
    }

    private int find(long loadBatchId, String sheet, String field) {
        return byBatch.computeIfAbsent(loadBatchId, this::recognise)
                .flatMap(r -> r.headers().stream().filter(h -> h.sheet().equals(sheet)).findFirst()
                        .or(() -> Optional.of(r.header())))
                .map(h -> h.spec().indexOf(field) < 0 ? -1 : h.columnOf(field))
                .filter(column -> column >= 0).orElse(0);
    }

    private Optional<Recognition> recognise(long loadBatchId) {
        return recognise(loadBatchId, jdbc.sql("SELECT stored_as FROM load_batch WHERE load_batch_id = ?")
                .param(loadBatchId).query(String.class).optional().orElse(null));
    }

    private Optional<Recognition> recognise(long loadBatchId, String stored) {
        if (stored == null || !Files.isRegularFile(Path.of(stored))) {
            log.warn("Load batch {}: its file is not where it was stored; findings point at column A", loadBatchId);
            return Optional.empty();
        }
        try (WorkbookFile workbook = Workbooks.open(Path.of(stored))) {
            return Optional.of(recognizer.recognise(workbook));
        } catch (Exception e) {
            log.warn("Load batch {}: cannot recognise its file again ({}); findings point at column A", loadBatchId,
                    e.getMessage());
            return Optional.empty();
        }
    }
}
