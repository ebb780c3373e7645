package uk.gov.bestvalue.returns.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.intake.IntakeFolders;

/** Undoes what a stage's file did in the pipeline: its load batches, their facts and findings, and its files. */
final class DroppedLoads {

    private DroppedLoads() {
    }

    /** Removes every load of the dropped file (rows of {@code factTable}), its archived copies and the file. */
    static void remove(JdbcTemplate jdbc, IntakeFolders folders, Path dropped, String factTable) throws IOException {
        String fileName = dropped.getFileName().toString();
        for (Map<String, Object> batch : jdbc.queryForList(
                "SELECT load_batch_id, stored_as FROM load_batch WHERE file_name = ?", fileName)) {
            Object id = batch.get("load_batch_id");
            SlicedDelete.run(jdbc, "finding", "load_batch_id = ?", id);
            SlicedDelete.loadBatch(jdbc, factTable, id);
            jdbc.update("DELETE FROM load_batch_column WHERE load_batch_id = ?", id);
            jdbc.update("DELETE FROM load_batch WHERE load_batch_id = ?", id);
            if (batch.get("stored_as") != null) {
                Files.deleteIfExists(Path.of((String) batch.get("stored_as")));
            }
        }
        Files.deleteIfExists(dropped);
        Files.deleteIfExists(folders.processing().resolve(fileName));
    }
}
