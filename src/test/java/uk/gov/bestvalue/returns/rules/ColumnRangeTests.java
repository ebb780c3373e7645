package uk.gov.bestvalue.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;
import uk.gov.bestvalue.returns.returntypes.CheckReport;
import uk.gov.bestvalue.returns.returntypes.ReturnChecker;
import uk.gov.bestvalue.returns.spec.WarehouseColumns;

/** A value its warehouse column cannot hold is found when the file is checked, so that its load cannot fail. */
class ColumnRangeTests {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    @TempDir
    Path dir;

    @Test
    void theColumnsSizesAreTheMigrations() {
        WarehouseColumns columns = WarehouseColumns.migrations();

        assertThat(columns.size("contract_fact", "total_value")).isEqualTo(new WarehouseColumns.Size(0, 15, 2));
        assertThat(columns.size("contract_fact", "total_value").largest()).hasToString("9999999999999.99");
        assertThat(columns.size("contract_fact", "title").length()).isEqualTo(1000);
        assertThat(columns.size("contract_fact", "lot").length()).as("added by a later ALTER TABLE").isEqualTo(255);
        assertThat(columns.size("contract_fact", "start_date")).isNull();
    }

    @Test
    void anAmountBeyondItsDecimalIsAFormatErrorAndALongTextAWarning() throws IOException {
        // given the Health return with one amount of 23 digits and one title of 1,500 characters
        List<String> lines = new ArrayList<>(Files.readAllLines(Path.of("input-samples/health-procurement-2016-01.csv"),
                WINDOWS_1252));
        lines.set(1, lines.get(1).replace("\"\u00a32,400,000.00\"", "99999999999999999999999")
                .replace("Integrated sexual health services", "x".repeat(1_500)));
        Path file = dir.resolve("health-procurement-2016-01.csv");
        Files.write(file, lines, WINDOWS_1252);

        // when
        CheckReport report = new ReturnChecker(PipelineDefinitions.load(Path.of("jobs"), 100_000_000L).opener())
                .check(file, "sha");

        // then
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("FORMAT")).extracting(CheckReport.FindingView::message)
                .containsExactlyInAnyOrder(
                        "Total Value: 99999999999999999999999.00 is larger than the warehouse can hold (at most "
                                + "9,999,999,999,999.99). Check the value.",
                        "Title: the text is 1,500 characters long; the warehouse keeps the first 1,000. Shorten it.");
    }
}
