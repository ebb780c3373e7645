package uk.gov.bestvalue.returns.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.workbook.CellRef;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * Recognising a return by its columns, and finding its directorate and period, on workbooks described in
 * {@code src/test/resources/fixtures/recognizer-cases.yml} and written with POI into a temporary folder.
 */
class ReturnRecognizerTests {

    private static final String CASES = "/fixtures/recognizer-cases.yml";

    @TempDir
    Path folder;

    private final ReturnRecognizer recognizer = new ReturnRecognizer(
            ReturnCatalog.load(ProcurementSheetFixture.definitions()),
            OwnersDirectory.load(ProcurementSheetFixture.definitions()));

    static Stream<Arguments> recognised() {
        return cases().filter(c -> !c.path("expect").has("error")).map(c -> arguments(c.path("case").asString(), c));
    }

    static Stream<Arguments> rejected() {
        return cases().filter(c -> c.path("expect").has("error")).map(c -> arguments(c.path("case").asString(), c));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recognised")
    void recognisesTheReturnItsDirectorateAndPeriod(String name, JsonNode fixture) throws Exception {
        // given
        skipIfKnownBug(fixture);
        Path file = write(fixture);
        JsonNode expect = fixture.path("expect");

        // when
        Recognition recognition;
        try (WorkbookFile workbook = Workbooks.open(file)) {
            recognition = recognizer.recognise(workbook);
        }

        // then
        assertThat(recognition.spec().id()).isEqualTo("procurement-contracts");
        assertThat(recognition.header().sheet()).isEqualTo(expect.path("sheet").asString());
        assertThat(recognition.header().headerRowNumber()).isEqualTo(expect.path("headerRow").asInt());
        assertThat(recognition.directorate().id()).isEqualTo(expect.path("directorate").asString());
        assertThat(recognition.period()).isEqualTo(YearMonth.parse(expect.path("period").asString()));
        for (Map.Entry<String, JsonNode> column : expect.path("columns").properties()) {
            int expected = column.getValue().isNull() ? -1 : CellRef.columnIndex(column.getValue().asString());
            assertThat(recognition.header().columnOf(column.getKey())).as("column of " + column.getKey())
                    .isEqualTo(expected);
        }
        if (expect.has("tables")) {
            List<String> sheets = new ArrayList<>();
            expect.path("tables").forEach(t -> sheets.add(t.asString()));
            assertThat(recognition.headers()).extracting(HeaderMatch::sheet).containsExactlyElementsOf(sheets);
        }
        if (expect.has("submittedBy")) {
            assertThat(recognition.cover().submittedBy()).isEqualTo(expect.path("submittedBy").asString());
        }
        if (expect.has("contactEmail")) {
            assertThat(recognition.cover().contactEmail()).isEqualTo(expect.path("contactEmail").asString());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejected")
    void saysWhyAFileCannotBeRecognised(String name, JsonNode fixture) throws Exception {
        // given
        skipIfKnownBug(fixture);
        Path file = write(fixture);
        JsonNode expect = fixture.path("expect");

        // when: a file with no return's columns is refused; a return that cannot be placed is recognised, unplaced
        String reason;
        String directorateId;
        try (WorkbookFile workbook = Workbooks.open(file)) {
            UnrecognisedReturnException refused =
                    catchThrowableOfType(UnrecognisedReturnException.class, () -> recognizer.recognise(workbook));
            Recognition unplaced = refused == null ? recognizer.recognise(workbook) : null;
            reason = refused != null ? refused.getMessage() : unplaced.placementProblem();
            directorateId = refused != null ? refused.directorateId() : unplaced.directorateId();
        }

        // then
        assertThat(reason).as("rejected").isNotNull();
        for (JsonNode part : expect.path("error")) {
            assertThat(reason).contains(part.asString());
        }
        String expectedDirectorate = expect.path("directorateId").isNull() ? null : expect.path("directorateId").asString();
        assertThat(directorateId).isEqualTo(expectedDirectorate);
    }

    @Test
    void everyFixtureCaseHasANameAFileAndAnExpectation() {
        // given / when
        List<JsonNode> all = cases().toList();

        // then
        assertThat(all).hasSizeGreaterThanOrEqualTo(10).allSatisfy(c -> {
            assertThat(c.path("case").asString()).isNotBlank();
            assertThat(c.path("file").asString()).endsWith(".xlsx");
            assertThat(c.path("expect").isObject()).isTrue();
        });
        assertThat(all.stream().map(c -> c.path("case").asString())).doesNotHaveDuplicates();
    }

    /** Cases marked {@code knownBug} are skipped, unless run with {@code -Dfixtures.runKnownBugs=true}. */
    private static void skipIfKnownBug(JsonNode fixture) {
        Assumptions.assumeTrue(fixture.path("knownBug").isMissingNode() || Boolean.getBoolean("fixtures.runKnownBugs"),
                () -> "Known main-code bug: " + fixture.path("knownBug").asString());
    }

    private static Stream<JsonNode> cases() {
        try (InputStream in = ReturnRecognizerTests.class.getResourceAsStream(CASES)) {
            if (in == null) {
                throw new IllegalStateException(CASES + " is not on the test classpath");
            }
            List<JsonNode> list = new ArrayList<>();
            YAMLMapper.builder().build().readTree(in).forEach(list::add);
            return list.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the case's workbook: each sheet's rows by 1-based number, merged ranges and hidden flag. */
    private Path write(JsonNode fixture) throws IOException {
        Path file = folder.resolve(fixture.path("file").asString());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            for (JsonNode sheetFixture : fixture.path("sheets")) {
                Sheet sheet = workbook.createSheet(sheetFixture.path("name").asString());
                for (Map.Entry<String, JsonNode> row : sheetFixture.path("rows").properties()) {
                    writeRow(sheet.createRow(Integer.parseInt(row.getKey()) - 1), cellsOf(row.getValue()), dateStyle);
                }
                for (JsonNode range : sheetFixture.path("merge")) {
                    sheet.addMergedRegion(CellRangeAddress.valueOf(range.asString()));
                }
                if (sheetFixture.path("hidden").asBoolean(false)) {
                    workbook.setSheetHidden(workbook.getSheetIndex(sheet), true);
                }
            }
            workbook.write(out);
        }
        return file;
    }

    /** A row's values: {@code $titles} is the spec's usual titles, {@code $contract} a clean contract under them. */
    private static List<Object> cellsOf(JsonNode row) {
        List<Object> cells = new ArrayList<>();
        if (row.isString() && row.asString().equals("$titles")) {
            cells.addAll(ProcurementSheetFixture.titles());
        } else if (row.isString() && row.asString().equals("$contract")) {
            Map<String, Object> contract = ProcurementSheetFixture.cleanContract();
            ProcurementSheetFixture.titles().forEach(title -> cells.add(contract.get(title)));
        } else if (row.isArray()) {
            for (JsonNode cell : row) {
                if (cell.isNull()) {
                    cells.add(null);
                } else if (cell.isNumber()) {
                    cells.add(cell.asDouble());
                } else if (cell.isBoolean()) {
                    cells.add(cell.asBoolean());
                } else if (cell.isObject() && cell.has("date")) {
                    cells.add(LocalDate.parse(cell.path("date").asString()));
                } else {
                    cells.add(cell.asString());
                }
            }
        } else {
            throw new IllegalArgumentException("A row is a list of cells, $titles or $contract, not " + row);
        }
        return cells;
    }

    private static void writeRow(Row row, List<Object> values, CellStyle dateStyle) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean bool) {
                cell.setCellValue(bool);
            } else if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(value.toString());
            }
        }
    }
}
