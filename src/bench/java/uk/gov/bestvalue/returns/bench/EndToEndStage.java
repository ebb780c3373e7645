package uk.gov.bestvalue.returns.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/**
 * The whole pipeline on the benchmark file: each run drops a copy with different bytes (so it is not a
 * duplicate) into the inbox, and afterwards removes its warehouse rows and archived file, and gives the
 * snapshot it superseded back its place.
 */
public final class EndToEndStage {

    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;

    private final InboxPoller poller;
    private final IntakeFolders folders;
    private final JdbcTemplate jdbc;
    private final Path source;
    private List<Long> currentBefore;
    private Path dropped;
    private int run;

    public EndToEndStage(InboxPoller poller, IntakeFolders folders, JdbcTemplate jdbc, Path source) {
        this.poller = poller;
        this.folders = folders;
        this.jdbc = jdbc;
        this.source = source;
    }

    /** The stage, named as in the table. */
    public Stage stage(String name) {
        return new Stage(name, this::drop, this::process, this::cleanUp);
    }

    private void drop() throws IOException {
        if (currentBefore == null) {
            currentBefore = jdbc.queryForList("SELECT load_batch_id FROM load_batch WHERE return_type = "
                    + "'procurement-contracts' AND directorate_id = 'resources' AND period = '2016-01' AND status = 'CURRENT'",
                    Long.class);
        }
        folders.create();
        String marker = "returns-bench " + ProcessHandle.current().pid() + " " + System.nanoTime() + " " + run++;
        dropped = folders.inbox().resolve("resources-procurement-2016-01-bench-" + System.nanoTime() + ".xlsx");
        copyWithComment(source, dropped, marker);
    }

    private long process() throws IOException {
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(dropped));
        SubmissionOutcome outcome = outcomes.isEmpty() ? null : outcomes.get(0);
        if (outcome == null || !outcome.status().startsWith("loaded")) {
            throw new IllegalStateException("not loaded: " + (outcome == null ? "no outcome"
                    : outcome.status() + " " + outcome.reason()));
        }
        return outcome.rowsRead();
    }

    private void cleanUp() throws IOException {
        DroppedLoads.remove(jdbc, folders, dropped, "contract_fact");
        for (Long id : currentBefore) {
            jdbc.update("UPDATE load_batch SET status = 'CURRENT' WHERE load_batch_id = ?", id);
        }
    }

    /**
     * Copies a zip and gives the copy an archive comment: the bytes, hence the sha-256, differ while every
     * entry is the same. Fails if the zip does not end in a plain end record.
     */
    static void copyWithComment(Path source, Path target, String comment) throws IOException {
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        byte[] text = comment.getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(end, size - 22);
            if (end.getInt(0) != END_OF_CENTRAL_DIRECTORY || end.getShort(20) != 0) {
                throw new IOException(source + " does not end in a zip end record without a comment");
            }
            ByteBuffer length = ByteBuffer.allocate(2).order(ByteOrder.LITTLE_ENDIAN).putShort(0, (short) text.length);
            channel.write(length, size - 2);
            channel.write(ByteBuffer.wrap(text), size);
        }
    }
}
