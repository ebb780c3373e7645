package uk.gov.bestvalue.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/** The benchmark's generated return reads back whole and is recognised as a procurement contracts return. */
class BenchmarkReturnGeneratorTests {

    private static final JobDefinitions JOBS = new JobDefinitions(Path.of("jobs"));
    private final ReturnCatalog catalog = ReturnCatalog.load(JOBS);
    private final ReturnSpec spec = catalog.byId("procurement-contracts").orElseThrow();

    @TempDir
    Path dir;

    @Test
    void aGeneratedReturnReadsBackWithItsHeaderAndEveryRow() throws Exception {
        // given a generated return of 500 contracts
        Path file = new BenchmarkReturnGenerator(spec).generate(dir.resolve("bench.xlsx"), 500, "Test");

        // when it is read back with our reader
        List<SheetRow> rows = new ArrayList<>();
        try (WorkbookFile workbook = Workbooks.open(file); RowCursor cursor = workbook.openSheet("Contracts")) {
            for (SheetRow row = cursor.next(); row != null; row = cursor.next()) {
                rows.add(row);
            }
        }

        // then it has the spec's 25 primary titles and 500 data rows
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < rows.get(0).width(); i++) {
            titles.add(rows.get(0).cell(i).text());
        }
        assertThat(titles).hasSize(25).containsExactlyElementsOf(spec.fields().stream().map(this::primaryTitle).toList());
        assertThat(rows).hasSize(501);
        assertThat(rows.get(1).cell(0).text()).isEqualTo("RES-B-000001");
        assertThat(rows.get(500).cell(0).text()).isEqualTo("RES-B-000500");
    }

    @Test
    void aGeneratedReturnIsRecognisedAsAProcurementContractsReturn() throws Exception {
        // given a generated return
        Path file = new BenchmarkReturnGenerator(spec).generate(dir.resolve("bench.xlsx"), 500, "Test");

        // when it is recognised
        Recognition recognition;
        try (WorkbookFile workbook = Workbooks.open(file)) {
            recognition = new ReturnRecognizer(catalog, OwnersDirectory.load(JOBS)).recognise(workbook);
        }

        // then it is the Resources procurement contracts return for January 2016
        assertThat(recognition.spec().id()).isEqualTo("procurement-contracts");
        assertThat(recognition.directorate().id()).isEqualTo("resources");
        assertThat(recognition.period()).isEqualTo(YearMonth.of(2016, 1));
        assertThat(recognition.header().matchedCount()).isEqualTo(25);
    }

    private String primaryTitle(FieldSpec field) {
        return field.aliases().get(0);
    }
}
