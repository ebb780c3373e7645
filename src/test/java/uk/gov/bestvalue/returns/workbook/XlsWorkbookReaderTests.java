package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsWorkbookReaderTests {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void writeWorkbook() throws IOException {
        // an .xlsx name on purpose: the format comes from the bytes
        file = dir.resolve("return-2016.xlsx");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle ukDate = wb.createCellStyle();
            ukDate.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy hh:mm:ss"));

            HSSFSheet contracts = wb.createSheet("Contracts");
            contracts.createRow(0).createCell(0).setCellValue("Supplier");
            HSSFRow first = contracts.createRow(1);
            first.createCell(0).setCellValue("Acme Ltd");
            first.createCell(1).setCellValue(25000);
            first.createCell(2).setCellValue(LocalDateTime.of(2016, 4, 1, 0, 0));
            first.getCell(2).setCellStyle(ukDate);
            first.createCell(3).setCellValue(false);
            first.createCell(4).setCellFormula("B2/4");
            first.createCell(5).setCellErrorValue(FormulaError.NA.getCode());
            first.createCell(6).setCellFormula("\"Total \"&A2");
            first.createCell(7);
            HSSFRow gapped = contracts.createRow(4);
            gapped.createCell(2).setCellValue(12821.810000000001);
            gapped.createCell(3).setCellValue(LocalDateTime.of(2016, 4, 1, 10, 30, 15));
            gapped.getCell(3).setCellStyle(dateTime);
            gapped.createCell(4).setCellValue(1e20);

            wb.createSheet("Lists").createRow(0).createCell(0).setCellValue("hidden");
            wb.createSheet("Secret").createRow(0).createCell(0).setCellValue("very hidden");
            wb.setSheetHidden(1, true);
            wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
        }
    }

    @Test
    void listsSheetsWithHiddenOnes() throws IOException {
        try (WorkbookFile workbook = Workbooks.open(file)) {
            assertThat(workbook.format()).isEqualTo(WorkbookFormat.XLS);
            assertThat(workbook.sheets()).containsExactly(new SheetInfo("Contracts", false),
                    new SheetInfo("Lists", true), new SheetInfo("Secret", true));
        }
    }

    @Test
    void readsEveryKindOfCellWithFormulasAsTheirCachedResults() throws IOException {
        // when
        List<SheetRow> rows = XlsxWorkbookReaderTests.readAll(file, "Contracts");

        // then
        assertThat(rows).extracting(SheetRow::rowNumber).containsExactly(1, 2, 5);
        SheetRow first = rows.get(1);
        assertThat(first.width()).isEqualTo(7);
        assertThat(first.cell(0)).isEqualTo(CellValue.text("Acme Ltd"));
        assertThat(first.cell(1)).isEqualTo(CellValue.number(25000, "25000"));
        assertThat(first.cell(2)).isEqualTo(CellValue.date(LocalDateTime.of(2016, 4, 1, 0, 0), 42461));
        assertThat(first.cell(3)).isEqualTo(CellValue.bool(false));
        assertThat(first.cell(4)).isEqualTo(CellValue.number(6250, "6250"));
        assertThat(first.cell(5)).isEqualTo(CellValue.error("#N/A"));
        assertThat(first.cell(6)).isEqualTo(CellValue.text("Total Acme Ltd"));
        assertThat(first.cell(7)).isEqualTo(CellValue.BLANK);
    }

    @Test
    void writesNumbersPlainlyAndKeepsGapColumns() throws IOException {
        // when
        SheetRow gapped = XlsxWorkbookReaderTests.readAll(file, "Contracts").get(2);

        // then
        assertThat(gapped.cell(0).isBlank()).isTrue();
        assertThat(gapped.cell(2).text()).isEqualTo("12821.810000000001");
        assertThat(gapped.cell(3).text()).isEqualTo("2016-04-01T10:30:15");
        assertThat(gapped.cell(4).text()).isEqualTo("100000000000000000000");
    }

    @Test
    void readsHiddenSheetsAgainAndAgain() throws IOException {
        try (WorkbookFile workbook = Workbooks.open(file)) {
            List<SheetRow> once = XlsxWorkbookReaderTests.drain(workbook.openSheet("Secret"));
            List<SheetRow> twice = XlsxWorkbookReaderTests.drain(workbook.openSheet("Secret"));
            assertThat(twice).isEqualTo(once).singleElement()
                    .satisfies(row -> assertThat(row.cell(0).text()).isEqualTo("very hidden"));
        }
    }
}
