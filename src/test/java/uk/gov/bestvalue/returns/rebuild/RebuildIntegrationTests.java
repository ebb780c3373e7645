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
        // given one contract's value changed in the warehouse after it was loaded
        long contract = jdbc.sql("SELECT MIN(contract_fact_id) FROM contract_fact").query(Long.class).single();
        jdbc.sql("UPDATE contract_fact SET total_value = total_value + 1 WHERE contract_fact_id = ?").param(contract).update();

        // when the month is rebuilt from the archive
        int exitCode;
        try {
            exitCode = rebuild.run("2016-01", null, out());
        } finally {
            jdbc.sql("UPDATE contract_fact SET total_value = total_value - 1 WHERE contract_fact_id = ?").param(contract)
                    .update();
        }

        // then the contracts differ, with as many rows on each side, and nothing else does
        assertThat(exitCode).isEqualTo(1);
        assertThat(printed()).containsPattern("contract_fact +(\\d+) +\\1 +NO").contains("Different: contract_fact.");
    }

    @Test
    void anAlteredArchivedFileIsReportedAndNeverReplayed() throws IOException {
        // given an archived return changed after it was received
        var batch = jdbc.sql("SELECT file_name, stored_as FROM load_batch WHERE status = 'CURRENT' AND return_type = "
                + "'procurement-contracts' ORDER BY load_batch_id").query().listOfRows().get(0);
        Path archived = Path.of((String) batch.get("stored_as"));
        byte[] received = Files.readAllBytes(archived);
        Files.writeString(archived, "changed", StandardOpenOption.APPEND);

        // when the month is rebuilt from the archive
        int exitCode;
        try {
            exitCode = rebuild.run("2016-01", null, out());
        } finally {
            Files.write(archived, received);
        }

        // then the file is named and refused: its batch and its contracts are missing from the rebuilt warehouse
        assertThat(exitCode).isEqualTo(1);
        assertThat(printed()).contains("Not replayed: " + batch.get("file_name")).contains("1 refused")
                .containsPattern("load_batch +(\\d+) +(\\d+) +NO").containsPattern("contract_fact +\\d+ +\\d+ +NO");
        int live = jdbc.sql("SELECT COUNT(*) FROM load_batch").query(Integer.class).single();
        assertThat(printed()).containsPattern("load_batch +" + live + " +" + (live - 1) + " +NO");
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
