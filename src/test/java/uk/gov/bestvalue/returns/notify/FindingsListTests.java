package uk.gov.bestvalue.returns.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.workbook.CellRef;

/** The list sent instead of a marked copy when a file is too large to email: every finding, with its cell. */
class FindingsListTests {

    @TempDir
    Path folder;

    @Test
    void listsEveryFindingWithItsCellOnOneSheet() throws IOException {
        // given the findings of a large return
        List<Finding> findings = List.of(
                new Finding("P1", Severity.ERROR, new CellRef("Contracts", 4, 16), "register_reference", null,
                        "Enter the contract's reference on the central register."),
                new Finding("P6", Severity.WARNING, new CellRef("Contracts", 900_001, 4), "total_value", "£25k",
                        "Check the value."));

        // when they are listed
        AnnotatedWorkbook listed = new WorkbookAnnotator(AnnotationSettings.defaults())
                .listFindings("big-procurement-2016-01.xlsx", findings, folder);

        // then one Findings sheet holds them all, in order, each with its cell
        assertThat(listed.fileName()).isEqualTo("big-procurement-2016-01-findings.xlsx");
        assertThat(listed.cut()).isFalse();
        try (InputStream in = Files.newInputStream(listed.file()); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("Findings");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).contains("2 findings (1 errors, 1 warnings)");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Contracts!Q4");
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("P1");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Contracts!E900001");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("£25k");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }
}
