package uk.gov.bestvalue.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.CellKind;
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

        // then it has the spec's primary titles and 500 data rows
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < rows.get(0).width(); i++) {
            titles.add(rows.get(0).cell(i).text());
        }
        assertThat(titles).hasSize(spec.fields().size()).containsExactlyElementsOf(spec.fields().stream().map(this::primaryTitle).toList());
        assertThat(rows).hasSize(501);
        assertThat(rows.get(1).cell(0).text()).isEqualTo("RES-B-000001");
        assertThat(rows.get(500).cell(0).text()).isEqualTo("RES-B-000500");
        // and its cells are typed as a lead would type them: dates as dates, money as numbers
        int start = column("start_date");
        int total = column("total_value");
        Object[] first = new ContractRowValues(spec.fields()).row(0);
        assertThat(rows.get(1).cell(start).kind()).isEqualTo(CellKind.DATE);
        assertThat(rows.get(1).cell(start).dateTime().toLocalDate()).isEqualTo(first[start]);
        assertThat(rows.get(1).cell(total).kind()).isEqualTo(CellKind.NUMBER);
        assertThat(rows.get(1).cell(total).number()).isEqualTo(first[total]);
    }

    @Test
    void aGeneratedReturnOpensInPoiWithSharedTextInlineReferencesDatesAndMoney() throws Exception {
        // given a generated return of 500 contracts
        Path file = new BenchmarkReturnGenerator(spec).generate(dir.resolve("bench.xlsx"), 500, "Test");
        Object[] first = new ContractRowValues(spec.fields()).row(0);

        // when POI's usermodel opens it
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            // then it has the cover and the contracts, the titles and the repeated text shared (a few thousand strings)
            assertThat(workbook.getSheetName(0)).isEqualTo("Cover");
            assertThat(workbook.getSheet("Cover").getRow(1).getCell(1).getStringCellValue()).isEqualTo("Resources");
            XSSFSheet contracts = workbook.getSheet(BenchmarkReturnGenerator.CONTRACTS);
            assertThat(contracts.getLastRowNum()).isEqualTo(500);
            assertThat(workbook.getSharedStringSource().getUniqueCount()).isBetween(25, 10_000);
            XSSFCell title = contracts.getRow(0).getCell(0);
            assertThat(title.getCTCell().getT()).isEqualTo(STCellType.S);
            assertThat(title.getStringCellValue()).isEqualTo("Contract Reference");
            XSSFRow row = contracts.getRow(1);
            XSSFCell supplier = row.getCell(column("supplier_name"));
            assertThat(supplier.getCTCell().getT()).isEqualTo(STCellType.S);
            assertThat(supplier.getStringCellValue()).isEqualTo(first[column("supplier_name")]);

            // the reference is an inline string
            XSSFCell reference = row.getCell(0);
            assertThat(reference.getCTCell().getT()).isEqualTo(STCellType.INLINE_STR);
            assertThat(reference.getStringCellValue()).isEqualTo("RES-B-000001");

            // a date is a date-formatted number
            XSSFCell start = row.getCell(column("start_date"));
            assertThat(start.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(start)).isTrue();
            assertThat(start.getLocalDateTimeCellValue().toLocalDate()).isEqualTo((LocalDate) first[column("start_date")]);

            // money is a number, not date-formatted
            XSSFCell total = row.getCell(column("total_value"));
            assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(total)).isFalse();
            assertThat(total.getNumericCellValue()).isEqualTo(first[column("total_value")]);
        } finally {
            pkg.revert();
        }
    }

    @Test
    void textIsEscapedForXml() throws Exception {
        // given text with XML's special characters and an Excel escape look-alike
        var out = new java.io.StringWriter();

        // when escaped
        BenchmarkReturnGenerator.escape(out, "R&D <lot> \"1\" _x0041_ \u0001");

        // then it is well-formed text that reads back the same
        assertThat(out.toString()).isEqualTo("R&amp;D &lt;lot&gt; &quot;1&quot; _x005F_x0041_ _x0001_");
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
        assertThat(recognition.header().matchedCount()).isEqualTo(recognition.spec().fields().size());
    }

    private int column(String field) {
        return spec.fields().stream().map(FieldSpec::name).toList().indexOf(field);
    }

    private String primaryTitle(FieldSpec field) {
        return field.aliases().get(0);
    }
}
