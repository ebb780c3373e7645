package uk.gov.bestvalue.returns.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.assertFindingsSheet;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.assertMarked;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.assertSameValuesRead;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.cellAt;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.open;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.bench.BenchmarkReturnGenerator;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/** An .xlsx above the streaming threshold (set low here) is copied row by row into the annotated workbook. */
class StreamedAnnotationTests {

    private static final int ROWS = 3_000;

    @TempDir
    static Path dir;
    private static Path generated;
    private static List<Finding> findings;

    @TempDir
    Path folder;

    @BeforeAll
    static void generate() throws Exception {
        var spec = ReturnCatalog.load(new JobDefinitions(Path.of("jobs"))).byId("procurement-contracts").orElseThrow();
        generated = new BenchmarkReturnGenerator(spec).generate(dir.resolve("big-procurement-2016-01.xlsx"), ROWS,
                "Test");
        findings = SampleFindings.of(generated);
    }

    @Test
    void aLargeXlsxIsCopiedByStreamingWithEveryFindingMarked() throws Exception {
        // given a generated return with findings, and a threshold it is above
        assertThat(findings).hasSizeGreaterThan(100);
        assertThat(WorkbookAnnotator.inflatedSize(generated)).isGreaterThan(100_000);
        WorkbookAnnotator annotator = new WorkbookAnnotator(new AnnotationSettings(100_000, 1_000_000));

        // when
        AnnotatedWorkbook result = annotator.annotate(generated, "big-procurement-2016-01.xlsx", findings, folder);

        // then
        assertThat(result.fileName()).isEqualTo("big-procurement-2016-01-checked.xlsx");
        assertThat(result.cut()).isFalse();
        try (Workbook after = open(result.file())) {
            assertFindingsSheet(after, "Findings", WorkbookAnnotatorTests.inWorkbookOrder(findings,
                    List.of("Cover", "Contracts")));
            assertMarked(after, findings);
            Cell start = after.getSheet("Contracts").getRow(1).getCell(9);
            assertThat(DateUtil.isCellDateFormatted(start)).as("dates stay dates").isTrue();
        }
        assertSameValuesRead(generated, result.file());
    }

    @Test
    void aboveTheLimitOnlyTheFirstFindingsAreListedAndCommentedAndTheSheetSaysSo() throws Exception {
        // given a limit of 50 listed findings
        WorkbookAnnotator annotator = new WorkbookAnnotator(new AnnotationSettings(100_000, 50));

        // when
        AnnotatedWorkbook result = annotator.annotate(generated, "big-procurement-2016-01.xlsx", findings, folder);

        // then
        assertThat(result.listed()).isEqualTo(50);
        assertThat(result.total()).isEqualTo(findings.size());
        assertThat(result.cut()).isTrue();
        List<Finding> ordered = WorkbookAnnotatorTests.inWorkbookOrder(findings, List.of("Cover", "Contracts"));
        try (Workbook after = open(result.file())) {
            assertFindingsSheet(after, "Findings", ordered.subList(0, 50));
            assertThat(after.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .contains(String.format("%,d findings", findings.size()))
                    .contains("Only the first 50 are listed here and commented");
            assertMarked(after, ordered.subList(0, 49)); // the 50th may share its cell with the 51st
            Finding last = ordered.get(ordered.size() - 1);
            Cell unlisted = cellAt(after, last);
            assertThat(AnnotatedWorkbookAssertions.fill(unlisted)).isIn(AnnotatedWorkbookAssertions.RED,
                    AnnotatedWorkbookAssertions.AMBER);
            assertThat(unlisted.getCellComment()).isNull();
        }
    }
}
