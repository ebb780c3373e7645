package uk.gov.bestvalue.returns.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.assertFindingsSheet;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.assertMarked;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.assertOriginalKept;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.assertSameValuesRead;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.cellAt;
import static uk.gov.bestvalue.returns.notify.AnnotatedWorkbookAssertions.open;
import static uk.gov.bestvalue.returns.notify.SampleFindings.SAMPLES;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.workbook.CellRef;

class WorkbookAnnotatorTests {

    private final WorkbookAnnotator annotator = new WorkbookAnnotator(AnnotationSettings.defaults());

    @TempDir
    Path folder;

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"place-procurement-2016-01.xlsx", "childrens-procurement-2016-01.xlsx",
            "adults-procurement-2016-01.xls", "childrens-disposals-2016-01.xls", "corporate-milestones-2016-01.xlsx",
            "place-grants-360giving-2016-01.xlsx", "resources-disposals-2016-01.xlsx"})
    void eachFindingIsMarkedOnTheOwnersOwnWorkbookAndListedFirst(String sample) throws Exception {
        // given a sample and the checker's findings on it (those the expected results list)
        Path original = SAMPLES.resolve(sample);
        List<Finding> findings = SampleFindings.of(original);
        assertThat(findings.stream().map(f -> f.rule() + "," + f.severity().label() + "," + f.cell()).toList())
                .containsAll(SampleFindings.expected(sample));

        // when
        AnnotatedWorkbook result = annotator.annotate(original, sample, findings, folder);

        // then the copy has the original's format and every finding on its own cell
        boolean xls = sample.endsWith(".xls");
        String stem = sample.substring(0, sample.lastIndexOf('.'));
        assertThat(result.fileName()).isEqualTo(stem + "-checked" + (xls ? ".xls" : ".xlsx"));
        assertThat(result.file()).isEqualTo(folder.resolve(result.fileName())).exists();
        assertThat(result.mimeType()).isEqualTo(xls ? "application/vnd.ms-excel"
                : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(result.listed()).isEqualTo(findings.size());
        assertThat(result.cut()).isFalse();
        try (Workbook before = open(original); Workbook after = open(result.file())) {
            assertThat(after instanceof HSSFWorkbook).isEqualTo(xls);
            List<String> sheetOrder = new ArrayList<>();
            before.forEach(sheet -> sheetOrder.add(sheet.getSheetName()));
            List<Finding> ordered = inWorkbookOrder(findings, sheetOrder);
            assertFindingsSheet(after, "Findings", ordered);
            assertThat(after.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .startsWith(sample + ": " + findings.size() + " finding");
            assertMarked(after, findings);
            assertOriginalKept(before, after, findings);
        }
        assertSameValuesRead(original, result.file());
    }

    @Test
    void aCsvFileComesBackAsAnXlsxWithItsRowsAsTextUnderTheSheetNameItsFindingsUse() throws Exception {
        // given the health return, a CSV file saved by Excel in Windows-1252 (its pound signs are byte A3)
        Path original = SAMPLES.resolve("health-procurement-2016-01.csv");
        assertThat(Files.readAllBytes(original)).contains((byte) 0xA3);
        List<Finding> findings = SampleFindings.of(original);
        assertThat(findings).extracting(f -> f.cell().toString()).contains("'health-procurement-2016-01'!P5");

        // when
        AnnotatedWorkbook result = annotator.annotate(original, "health-procurement-2016-01.csv", findings, folder);

        // then
        assertThat(result.fileName()).isEqualTo("health-procurement-2016-01-checked.xlsx");
        try (Workbook after = open(result.file())) {
            assertThat(after).isInstanceOf(XSSFWorkbook.class);
            assertThat(after.getNumberOfSheets()).isEqualTo(2);
            assertThat(after.getSheetName(1)).isEqualTo("health-procurement-2016-01");
            assertFindingsSheet(after, "Findings", findings);
            assertMarked(after, findings);
            Cell totalValue = after.getSheetAt(1).getRow(1).getCell(7);
            assertThat(totalValue.getStringCellValue()).isEqualTo("£2,400,000.00");
            assertThat(after.getSheetAt(1).getRow(1).getCell(4).getStringCellValue()).isEqualTo("07519362");
        }
        assertSameValuesRead(original, result.file());
    }

    @Test
    void aCsvFileRenamedSinceItWasCheckedKeepsTheSheetNameOfItsFindings() throws Exception {
        // given the health return filed as "... (2).csv", whose findings name the sheet as it was sent
        Path original = SAMPLES.resolve("health-procurement-2016-01.csv");
        List<Finding> findings = SampleFindings.of(original);
        Path renamed = Files.copy(original, folder.resolve("health-procurement-2016-01 (2).csv"));

        // when
        AnnotatedWorkbook result = annotator.annotate(renamed, "health-procurement-2016-01.csv", findings,
                folder.resolve("out"));

        // then
        try (Workbook after = open(result.file())) {
            assertThat(after.getSheetName(1)).isEqualTo("health-procurement-2016-01");
            assertMarked(after, findings);
        }
    }

    @Test
    void aCsvFileWhoseNameIsTooLongForASheetIsCutAndItsLinksFollow() throws Exception {
        // given the health return under a name of 45 characters, longer than Excel allows a sheet's
        String name = "health-procurement-2016-01-final-for-review.csv";
        Path original = Files.copy(SAMPLES.resolve("health-procurement-2016-01.csv"), folder.resolve(name));
        List<Finding> findings = SampleFindings.of(original);
        assertThat(findings).isNotEmpty();

        // when
        AnnotatedWorkbook result = annotator.annotate(original, name, findings, folder.resolve("out"));

        // then the sheet takes the first 31 characters and the links point into it
        String sheetName = "health-procurement-2016-01-fina";
        try (Workbook after = open(result.file())) {
            assertThat(after.getSheetName(1)).isEqualTo(sheetName);
            Cell address = after.getSheetAt(0).getRow(FindingsSheet.FIRST_FINDING_ROW).getCell(0);
            assertThat(address.getStringCellValue()).isEqualTo(findings.get(0).cell().toString());
            assertThat(address.getHyperlink().getAddress())
                    .isEqualTo("'" + sheetName + "'!" + findings.get(0).cell().address());
            CellRef cell = findings.get(0).cell();
            assertThat(after.getSheetAt(1).getRow(cell.row() - 1).getCell(cell.column()).getCellComment()).isNotNull();
        }
    }

    @Test
    void theFormatIsToldFromTheBytesNotTheName() throws Exception {
        // given an Excel 97 workbook someone named .xlsx
        Path original = Files.copy(SAMPLES.resolve("adults-procurement-2016-01.xls"), folder.resolve("adults.xlsx"));
        List<Finding> findings = SampleFindings.of(original);

        // when
        AnnotatedWorkbook result = annotator.annotate(original, "adults.xlsx", findings, folder.resolve("out"));

        // then
        assertThat(result.fileName()).isEqualTo("adults-checked.xls");
        assertThat(result.mimeType()).isEqualTo("application/vnd.ms-excel");
        try (Workbook after = open(result.file())) {
            assertThat(after).isInstanceOf(HSSFWorkbook.class);
            assertMarked(after, findings);
        }
    }

    @Test
    void findingsOnCellsTheFileLacksAreListedButMarkNothing() throws Exception {
        // given the place return's findings and three more: beyond its data, on a missing sheet, on a blank cell
        Path original = SAMPLES.resolve("place-procurement-2016-01.xlsx");
        List<Finding> findings = new ArrayList<>(SampleFindings.of(original));
        Finding beyond = new Finding("P8", Severity.WARNING, new CellRef("Contracts", 5, 200), null, null, "Row.");
        Finding noSheet = new Finding("P8", Severity.ERROR, new CellRef("Cover sheet", 3, 1), null, null, "Sheet.");
        Finding farRow = new Finding("P8", Severity.ERROR, new CellRef("Contracts", 5000, 1), null, null, "Far.");
        findings.addAll(List.of(beyond, noSheet, farRow));

        // when
        AnnotatedWorkbook result = annotator.annotate(original, "place-procurement-2016-01.xlsx", findings, folder);

        // then all are listed, the missing sheet's last, quoted; none of the three made a cell
        try (Workbook after = open(result.file())) {
            var sheet = after.getSheetAt(0);
            assertThat(sheet.getLastRowNum() - FindingsSheet.FIRST_FINDING_ROW + 1).isEqualTo(findings.size());
            Cell last = sheet.getRow(sheet.getLastRowNum()).getCell(0);
            assertThat(last.getStringCellValue()).isEqualTo("'Cover sheet'!B3");
            assertThat(last.getHyperlink().getAddress()).isEqualTo("'Cover sheet'!B3");
            assertThat(cellAt(after, beyond)).isNull();
            assertThat(cellAt(after, farRow)).isNull();
            assertThat(after.getSheet("Cover sheet")).isNull();
            assertMarked(after, findings.subList(0, findings.size() - 3));
        }
    }

    @Test
    void aWorkbookWithItsOwnFindingsSheetGetsAFreeName() throws Exception {
        // given a workbook that already has a sheet called Findings
        Path original = folder.resolve("place.xlsx");
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(SAMPLES.resolve("place-procurement-2016-01.xlsx")));
             OutputStream out = Files.newOutputStream(original)) {
            workbook.createSheet("findings").createRow(0).createCell(0).setCellValue("the owner's own notes");
            workbook.write(out);
        }
        List<Finding> findings = SampleFindings.of(original);

        // when
        AnnotatedWorkbook result = annotator.annotate(original, "place.xlsx", findings, folder.resolve("out"));

        // then
        try (Workbook before = open(original); Workbook after = open(result.file())) {
            assertFindingsSheet(after, "Findings (checks)", findings);
            assertThat(after.getSheet("findings").getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("the owner's own notes");
            assertOriginalKept(before, after, findings);
        }
    }

    @Test
    void theOwnersOwnCommentOnAFindingsCellIsKeptWithTheFindingAfterIt() throws Exception {
        // given the place return with a comment of the owner's on the cell of its first finding
        Path sample = SAMPLES.resolve("place-procurement-2016-01.xlsx");
        Path original = folder.resolve("place.xlsx");
        Finding first;
        try (Workbook workbook = new XSSFWorkbook(Files.newInputStream(sample));
             OutputStream out = Files.newOutputStream(original)) {
            first = SampleFindings.of(sample).stream().filter(f -> cellAt(workbook, f) != null).findFirst()
                    .orElseThrow();
            Cell cell = cellAt(workbook, first);
            var anchor = workbook.getCreationHelper().createClientAnchor();
            anchor.setCol1(cell.getColumnIndex());
            anchor.setRow1(cell.getRowIndex());
            var comment = cell.getSheet().createDrawingPatriarch().createCellComment(anchor);
            comment.setString(workbook.getCreationHelper().createRichTextString("Awaiting the register entry."));
            cell.setCellComment(comment);
            workbook.write(out);
        }
        List<Finding> findings = SampleFindings.of(original);

        // when
        AnnotatedWorkbook result = annotator.annotate(original, "place.xlsx", findings, folder.resolve("out"));

        // then
        try (Workbook after = open(result.file())) {
            assertMarked(after, findings);
            assertThat(cellAt(after, first).getCellComment().getString().getString())
                    .startsWith("Awaiting the register entry.\n\n" + first.rule() + " (");
        }
    }

    @Test
    void aCellWithSeveralFindingsHasOneCommentWithEachAndIsRedIfAnyIsAnError() throws Exception {
        // given two findings on one cell (one the checker found), a warning then an error
        Path original = SAMPLES.resolve("place-procurement-2016-01.xlsx");
        CellRef cell = SampleFindings.of(original).get(0).cell();
        List<Finding> findings = List.of(
                new Finding("P8", Severity.WARNING, cell, "title", null, "Check the title."),
                new Finding("P2", Severity.ERROR, cell, "title", null, "Give the waiver reference."));

        // when
        AnnotatedWorkbook result = annotator.annotate(original, "place-procurement-2016-01.xlsx", findings, folder);

        // then
        try (Workbook after = open(result.file())) {
            assertMarked(after, findings);
            Cell marked = cellAt(after, findings.get(0));
            assertThat(AnnotatedWorkbookAssertions.fill(marked)).isEqualTo(AnnotatedWorkbookAssertions.RED);
            assertThat(marked.getCellComment().getString().getString())
                    .isEqualTo("P8 (warning): Check the title.\n\nP2 (error): Give the waiver reference.");
        }
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"xlsx", "xls"})
    void formulasAcrossSheetsAndSheetScopedNamesStillPointWhereTheyDid(String extension) throws Exception {
        // given a workbook whose second sheet computes from the first, with a name scoped to the second sheet
        Path original = folder.resolve("formulas." + extension);
        try (Workbook workbook = extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
             OutputStream out = Files.newOutputStream(original)) {
            workbook.createSheet("Rates").createRow(0).createCell(0).setCellValue(0.2);
            var data = workbook.createSheet("Data");
            var row = data.createRow(0);
            row.createCell(0).setCellValue(100);
            row.createCell(1).setCellFormula("A1*Rates!A1");
            var name = workbook.createName();
            name.setNameName("Net");
            name.setSheetIndex(1);
            name.setRefersToFormula("Data!$B$1");
            workbook.setActiveSheet(1);
            workbook.write(out);
        }
        List<Finding> findings = List.of(new Finding("P8", Severity.ERROR, new CellRef("Data", 1, 1), "vat", "20",
                "Give the VAT."));

        // when
        AnnotatedWorkbook result = annotator.annotate(original, "formulas." + extension, findings, folder.resolve("o"));

        // then
        try (Workbook before = open(original); Workbook after = open(result.file())) {
            assertOriginalKept(before, after, findings);
            assertMarked(after, findings);
            Cell formula = after.getSheet("Data").getRow(0).getCell(1);
            assertThat(formula.getCellFormula()).isEqualTo("A1*Rates!A1");
            assertThat(after.getCreationHelper().createFormulaEvaluator().evaluate(formula).getNumberValue())
                    .isEqualTo(20.0);
            assertThat(after.getName("Net").getSheetIndex()).isEqualTo(after.getSheetIndex("Data"));
            assertThat(after.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void aSheetNameThatReadsAsACellIsQuotedInTheLink() {
        assertThat(FindingsSheet.linkAddress(new CellRef("Q1", 3, 1))).isEqualTo("'Q1'!B3");
        assertThat(FindingsSheet.linkAddress(new CellRef("2016", 3, 1))).isEqualTo("'2016'!B3");
        assertThat(FindingsSheet.linkAddress(new CellRef("Contracts", 12, 5))).isEqualTo("Contracts!F12");
        assertThat(FindingsSheet.linkAddress(new CellRef("Cover sheet", 3, 1))).isEqualTo("'Cover sheet'!B3");
    }

    static List<Finding> inWorkbookOrder(List<Finding> findings, List<String> sheets) {
        OrderedFindings ordered = OrderedFindings.of(findings, sheets, Integer.MAX_VALUE);
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < ordered.total(); i++) {
            list.add(ordered.get(i));
        }
        return list;
    }

    @org.junit.jupiter.api.Test
    void aMacroEnabledWorkbookComesBackWithoutItsMacros() throws Exception {
        // given the Children's return saved as a macro-enabled workbook, with a VBA project
        Path macros = uk.gov.bestvalue.returns.hostile.HostileFiles.macroEnabled(
                folder.resolve("childrens-procurement-2016-01.xlsm"));
        List<Finding> findings = SampleFindings.of(macros);

        // when
        AnnotatedWorkbook result = annotator.annotate(macros, "childrens-procurement-2016-01.xlsm", findings, folder);

        // then the attachment is a plain workbook: no VBA part, the content type of a normal .xlsx
        assertThat(result.fileName()).isEqualTo("childrens-procurement-2016-01-checked.xlsx");
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(result.file().toFile())) {
            assertThat(zip.stream().map(java.util.zip.ZipEntry::getName))
                    .isNotEmpty().noneMatch(name -> name.toLowerCase().contains("vbaproject"));
            String types = new String(zip.getInputStream(zip.getEntry("[Content_Types].xml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(types).doesNotContain("macroEnabled").doesNotContain("vbaProject")
                    .contains("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml");
        }
    }

}
