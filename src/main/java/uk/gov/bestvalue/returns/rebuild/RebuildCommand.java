package uk.gov.bestvalue.returns.rebuild;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * {@code returns-pipeline rebuild --period yyyy-MM [--into JDBC-URL]}: proves the warehouse from the archive. The
 * month's archived files (see {@link RebuildScope}) are checked against the sha-256 recorded when they were received,
 * replayed in the order they were received into an empty database (an H2 file in a temporary folder unless a URL is
 * given), the month is run, and each table's business columns are compared with the live warehouse's. Exit code 0
 * only when every file could be replayed and every table is equal.
 */
@Component
public class RebuildCommand {

    private static final Logger log = LoggerFactory.getLogger(RebuildCommand.class);
    private static final String H2_OPTIONS = ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE";

    private final JdbcClient live;
    /** The application class the live pipeline was started from: the replayed one is started from it too. */
    private final Class<?> application;
    private final String username;
    private final String password;

    public RebuildCommand(JdbcClient live, ApplicationContext context,
                          @Value("${spring.datasource.username:}") String username,
                          @Value("${spring.datasource.password:}") String password) {
        this.live = live;
        // found, not imported: the application's package depends on the commands, not the other way round
        this.application = ClassUtils.getUserClass(
                context.getBeansWithAnnotation(SpringBootApplication.class).values().iterator().next());
        this.username = username;
        this.password = password;
    }

    /** Rebuilds the period and prints the comparison; 0 when all is equal, 1 when not, 2 when the target is not empty. */
    public int run(String period, String into, PrintStream out) throws IOException {
        long started = System.nanoTime();
        Path folders = Files.createTempDirectory("returns-rebuild");
        String url = into != null ? into : "jdbc:h2:file:" + folders.resolve("warehouse").toAbsolutePath() + H2_OPTIONS;
        String user = into != null ? username : "sa";
        String secret = into != null ? password : "";
        if (into != null && !isEmpty(url, user, secret)) {
            out.println("The database at " + into + " is not empty: a rebuild needs an empty one.");
            return 2;
        }
        List<ArchivedFile> files = archivedFiles(period);
        List<ArchivedFile> refused = new ArrayList<>();
        List<TableChecksum> rebuilt;
        boolean monthRan;
        try (ReplayedWarehouse replay = new ReplayedWarehouse(application, url, user, secret, folders)) {
            for (ArchivedFile file : files) {
                String problem = file.problem();
                if (problem != null) {
                    refused.add(file);
                    out.println("Not replayed: " + file.fileName() + " (load batch " + file.loadBatchId() + "): "
                            + problem);
                } else {
                    replay.replay(file);
                }
            }
            monthRan = replay.runMonth(period);
            rebuilt = WarehouseChecksums.of(replay.jdbc(), period);
        }
        List<TableChecksum> current = WarehouseChecksums.of(live, period);
        boolean equal = RebuildTable.print(current, rebuilt, out);
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        out.printf("%d files replayed (%d refused), month %s %s, in %d s; rebuilt warehouse: %s%n",
                files.size() - refused.size(), refused.size(), period, monthRan ? "run" : "FAILED", seconds, url);
        log.info("Rebuild {}: {} files, {} refused, tables {} in {} s", period, files.size(), refused.size(),
                equal ? "equal" : "different", seconds);
        return equal && refused.isEmpty() && monthRan ? 0 : 1;
    }

    /** The files to replay, in the order the live warehouse received them. */
    private List<ArchivedFile> archivedFiles(String period) {
        return live.sql("SELECT load_batch_id, file_name, sha256, stored_as FROM load_batch WHERE "
                        + RebuildScope.BATCHES + " ORDER BY received_at, load_batch_id")
                .param(period)
                .query((rs, n) -> new ArchivedFile(rs.getLong("load_batch_id"), rs.getString("file_name"),
                        rs.getString("sha256"), Path.of(rs.getString("stored_as"))))
                .list();
    }

    /** Whether the database at the URL holds no table yet (in its own catalog and schema). */
    private static boolean isEmpty(String url, String user, String secret) {
        try (Connection connection = DriverManager.getConnection(url, user, secret);
             ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
                     new String[] {"TABLE"})) {
            return !tables.next();
        } catch (SQLException e) {
            throw new IllegalArgumentException("Cannot open " + url + ": " + e.getMessage(), e);
        }
    }
}
