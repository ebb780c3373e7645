package uk.gov.bestvalue.returns.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;
import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;

/**
 * The sample month rebuilt from its archive: the same files replayed into an empty H2 warehouse give the same
 * business rows as the live warehouse (H2, or MySQL/MariaDB with the mysql profile); an altered warehouse row is named
 * by its table, and an altered archived file is refused.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RebuildIntegrationTests {

    @DynamicPropertySource
    static void temporaryFolders(DynamicPropertyRegistry registry) {
        PipelineTestSupport.useTemporaryFolders(registry);
    }

    @Autowired
    InboxPoller poller;
    @Autowired
    IntakeFolders folders;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MonthlyCommand monthly;
    @Autowired
    RebuildCommand rebuild;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    /** The sample month, loaded and run once: each test puts back what it alters. */
    @BeforeAll
    void theSampleMonthLoadedAndRun() throws IOException {
        // one file loaded and forgotten first, so that the live warehouse's ids are not those the rebuild gives
        poller.processNow(List.of(PipelineTestSupport.drop("health-procurement-2015-12.csv", folders.inbox())));
        PipelineTestSupport.cleanWarehouse(jdbc);
        PipelineTestSupport.emptyFolders(folders.archive(), folders.rejected());
        List<Path> dropped = new ArrayList<>();
        try (Stream<Path> files = Files.list(PipelineTestSupport.SAMPLES)) {
            for (Path sample : files.filter(f -> f.toString().matches(".*\\.(xlsx|xls|csv)$")).sorted().toList()) {
                dropped.add(PipelineTestSupport.drop(sample.getFileName().toString(), folders.inbox()));
            }
        }
        poller.processNow(dropped);
        assertThat(monthly.run("2016-01", new PrintStream(OutputStream.nullOutputStream()))).isZero();
    }

    @BeforeEach
    void nothingPrintedYet() {
        printed.reset();
    }

    @Test
    void theSampleMonthRebuiltFromItsArchiveIsTheWarehouse() throws IOException {
        // when the month is rebuilt from the archive
        int exitCode = rebuild.run("2016-01", null, out());

        // then every table is equal
        assertThat(printed()).contains("All " + RebuildScope.TABLES.size() + " tables equal.");
        assertThat(exitCode).isZero();
        assertThat(printed()).containsPattern("contract_fact +[1-9]\\d* +[1-9]\\d* +yes");
    }

    @Test
    void anAlteredWarehouseRowIsNamedByItsTable() throws IOException {
        // given one contract's value changed in the warehouse after it was loaded, and a directorate's own key
        long contract = jdbc.sql("SELECT MIN(contract_fact_id) FROM contract_fact").query(Long.class).single();
        String directorate = jdbc.sql("SELECT MIN(directorate_id) FROM directorate").query(String.class).single();
        jdbc.sql("UPDATE contract_fact SET total_value = total_value + 1 WHERE contract_fact_id = ?").param(contract).update();
        jdbc.sql("UPDATE directorate SET directorate_id = ? WHERE directorate_id = ?").params(directorate + "-x", directorate)
                .update();

        // when the month is rebuilt from the archive
        int exitCode;
        try {
            exitCode = rebuild.run("2016-01", null, out());
        } finally {
            jdbc.sql("UPDATE contract_fact SET total_value = total_value - 1 WHERE contract_fact_id = ?").param(contract)
                    .update();
            jdbc.sql("UPDATE directorate SET directorate_id = ? WHERE directorate_id = ?")
                    .params(directorate, directorate + "-x").update();
        }

        // then the contracts and the directorates differ, with as many rows on each side, and nothing else does:
        // a dimension is compared whole, its own key too
        assertThat(exitCode).isEqualTo(1);
        assertThat(printed()).containsPattern("contract_fact +(\\d+) +\\1 +NO")
                .containsPattern("directorate +(\\d+) +\\1 +NO").contains("Different: directorate, contract_fact.");
    }

    @Test
    void anAlteredOrMissingArchivedFileIsReportedAndNeverReplayed() throws IOException {
        // given two archived returns, kept read-only: one changed after it was received, the other gone
        var batches = jdbc.sql("SELECT file_name, stored_as FROM load_batch WHERE status = 'CURRENT' AND return_type = "
                + "'procurement-contracts' ORDER BY load_batch_id").query().listOfRows();
        Path archived = Path.of((String) batches.get(0).get("stored_as"));
        Path gone = Path.of((String) batches.get(1).get("stored_as"));
        assertThat(Files.getPosixFilePermissions(archived)).as("an archived file's mode")
                .doesNotContain(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                        PosixFilePermission.OTHERS_WRITE);
        byte[] received = Files.readAllBytes(archived);
        Path aside = Files.createTempDirectory("returns-rebuild-test").resolve("aside");
        archived.toFile().setWritable(true);
        Files.writeString(archived, "changed", StandardOpenOption.APPEND);
        Files.move(gone, aside);

        // when the month is rebuilt from the archive
        int exitCode;
        try {
            exitCode = rebuild.run("2016-01", null, out());
        } finally {
            Files.write(archived, received);
            archived.toFile().setWritable(false, false);
            Files.move(aside, gone);
        }

        // then both files are named and refused: their batches and contracts are missing from the rebuilt warehouse
        assertThat(exitCode).isEqualTo(1);
        assertThat(printed()).contains("Not replayed: " + batches.get(0).get("file_name"))
                .containsPattern("Not replayed: " + batches.get(1).get("file_name") + " \\(load batch \\d+\\): missing")
                .contains("2 refused").containsPattern("contract_fact +\\d+ +\\d+ +NO");
        int live = jdbc.sql("SELECT COUNT(*) FROM load_batch").query(Integer.class).single();
        assertThat(printed()).containsPattern("load_batch +" + live + " +" + (live - 2) + " +NO");
    }

    private PrintStream out() {
        return new PrintStream(printed, true, StandardCharsets.UTF_8);
    }

    private String printed() {
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.println(text);
        return text;
    }
}
