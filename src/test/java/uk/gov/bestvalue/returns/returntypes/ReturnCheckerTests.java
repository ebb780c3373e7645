package uk.gov.bestvalue.returns.returntypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;

/** What {@code check} tells a lead: placement first, every row checked all the same, columns and causes listed. */
class ReturnCheckerTests {

    private static final Path HEALTH = Path.of("input-samples", "health-procurement-2016-01.csv");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static ReturnChecker checker;

    @TempDir
    Path folder;

    @BeforeAll
    static void checker() {
        checker = new ReturnChecker(PipelineDefinitions.load(Path.of("jobs"), 100L * 1024 * 1024).opener());
    }

    @Test
    void aReturnThatDoesNotSayWhoseItIsIsRejectedButEveryRowIsChecked() throws IOException {
        // given the Health return under a name that names no directorate
        Path unplaced = Files.copy(HEALTH, folder.resolve("procurement-2016-01.csv"));

        // when
        CheckReport report = checker.check(unplaced, "-");

        // then the placement is the reason, and the rows' own finding (P3 on row 5) is there too
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.reason()).contains("does not say which directorate sent it");
        assertThat(report.returnType()).isEqualTo("procurement-contracts");
        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.findings()).extracting(CheckReport.FindingView::rule).contains("P3");
    }

    @Test
    void aRequiredColumnNoneOfWhoseValuesCanBeReadIsOneFindingAtItsHeaderAndTheFileIsRejected() throws IOException {
        // given the Health return with every start date (column J) unreadable
        Path file = health("health-procurement-2016-01.csv", (row, line) -> column(line, 9, "soon"));

        // when
        CheckReport report = checker.check(file, "-");

        // then one finding at the header says so, and the reason names the column
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.reason()).startsWith("None of the 8 contract rows can be loaded: no value in column J "
                + "'Start Date' could be read");
        assertThat(report.findings()).filteredOn(f -> "start_date".equals(f.field())).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.rule()).isEqualTo("FORMAT");
                    assertThat(finding.severity()).isEqualTo("error");
                    assertThat(finding.cell()).isEqualTo("'health-procurement-2016-01'!J1");
                    assertThat(finding.message()).isEqualTo("No value in column J 'Start Date' could be read as a "
                            + "date: 8 rows, 2 to 9, each 'soon'. Start Date must be read for every "
                            + "contract, so no row can be loaded: put a date in this column for every row (or tell "
                            + "the programme office which column holds it) and send the file again.");
                });
    }

    @Test
    void anOptionalColumnNoneOfWhoseValuesCanBeReadIsOneFindingAndTheRowsAreLoadedWithoutIt() throws IOException {
        // given the Health return with every annual value (column I) written in words
        Path file = health("health-procurement-2016-01.csv",
                (row, line) -> column(line, 8, row % 2 == 1 ? "tbc" : "see contract"));

        // when
        CheckReport report = checker.check(file, "-");

        // then
        assertThat(report.status()).isEqualTo("accepted");
        assertThat(report.rows()).isEqualTo(8);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("FORMAT")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.field()).isEqualTo("annual_value");
                    assertThat(finding.cell()).isEqualTo("'health-procurement-2016-01'!I1");
                    assertThat(finding.message()).startsWith("No value in column I 'Annual Value' could be read as "
                            + "an amount of money: 8 rows, 2 to 9, such as 'tbc' and 'see contract'.")
                            .endsWith("The column is left empty in the warehouse: correct its values, or leave the "
                                    + "column out.");
                });
    }

    @Test
    void aColumnWithOneReadableValueKeepsAFindingOnEachCellThatCannotBeRead() throws IOException {
        // given every start date unreadable but the last one's
        Path file = health("health-procurement-2016-01.csv", (row, line) -> row < 8 ? column(line, 9, "soon") : line);

        // when
        CheckReport report = checker.check(file, "-");

        // then the seven cells are each marked, on their own rows, and the one readable row is loaded
        assertThat(report.status()).isEqualTo("accepted");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("FORMAT"))
                .extracting(CheckReport.FindingView::cell)
                .containsExactly("'health-procurement-2016-01'!J2", "'health-procurement-2016-01'!J3",
                        "'health-procurement-2016-01'!J4", "'health-procurement-2016-01'!J5",
                        "'health-procurement-2016-01'!J6", "'health-procurement-2016-01'!J7",
                        "'health-procurement-2016-01'!J8");
    }

    @Test
    void twoUnreadableValuesAreTooFewToCallTheColumnUnusableAndAreMarkedCellByCell() throws IOException {
        // given a return of two contracts, both start dates unreadable
        Path file = health("health-procurement-2016-01.csv", (row, line) -> row <= 2 ? column(line, 9, "soon") : null);

        // when
        CheckReport report = checker.check(file, "-");

        // then
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.reason()).startsWith("None of the 2 contract rows can be loaded: each lacks a value");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("FORMAT"))
                .extracting(CheckReport.FindingView::cell)
                .containsExactly("'health-procurement-2016-01'!J2", "'health-procurement-2016-01'!J3");
    }

    @Test
    void aColumnFirstReadableAfterManyRowsKeepsTheirCountWithoutHoldingThemAll() throws IOException {
        // given 1,200 contracts, the first 1,100 with an annual value in words and the rest with one in figures
        List<String> lines = Files.readAllLines(HEALTH, WINDOWS_1252);
        List<String> many = new ArrayList<>(List.of(lines.get(0)));
        for (int i = 0; i < 1_200; i++) {
            String line = column(lines.get(1), 0, "PH-X-" + i);
            many.add(i < 1_100 ? column(line, 8, "tbc") : line);
        }
        Path file = Files.write(folder.resolve("health-procurement-2016-01.csv"), many, WINDOWS_1252);

        // when
        CheckReport report = checker.check(file, "-");

        // then the first thousand cells are marked one by one and the rest counted in one finding at the header
        List<CheckReport.FindingView> format = report.findings().stream()
                .filter(f -> f.rule().equals("FORMAT")).toList();
        assertThat(format).hasSize(1_001);
        assertThat(format).filteredOn(f -> f.cell().endsWith("!I1")).singleElement()
                .extracting(CheckReport.FindingView::message)
                .isEqualTo("100 more values in column I 'Annual Value', up to row 1101, could not be read as an "
                        + "amount of money. Correct them.");
        assertThat(report.rows()).isEqualTo(1_200);
    }

    /** The Health return rewritten line by line (row 1 is the first contract); a null line is left out. */
    private Path health(String name, java.util.function.BiFunction<Integer, String, String> rewrite)
            throws IOException {
        List<String> lines = Files.readAllLines(HEALTH, WINDOWS_1252);
        List<String> rewritten = new ArrayList<>(List.of(lines.get(0)));
        for (int row = 1; row < lines.size(); row++) {
            String line = rewrite.apply(row, lines.get(row));
            if (line != null) {
                rewritten.add(line);
            }
        }
        return Files.write(folder.resolve(name), rewritten, WINDOWS_1252);
    }

    /** The line with one CSV column's value replaced (the sample's quoted values hold commas, so fields are parsed). */
    private static String column(String line, int index, String value) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        fields.set(index, value);
        return String.join(",", fields);
    }

    @Test
    void theJsonListsEveryColumnAndTheFindingsByCause() throws IOException {
        // given
        CheckReport report = checker.check(HEALTH, "-");

        // when it is written as check --json writes it
        JsonNode json = JsonMapper.builder().build().readTree(JsonMapper.builder().build().writeValueAsString(report));

        // then every header cell is there with how it was read, and the findings are summarised
        assertThat(json.path("status").asString()).isEqualTo("accepted");
        assertThat(json.path("columns")).hasSize(25);
        assertThat(json.path("columns").get(0).path("title").asString()).isEqualTo("Contract Reference");
        assertThat(json.path("columns").get(0).path("field").asString()).isEqualTo("contract_reference");
        assertThat(json.path("columns").get(0).path("how").asString()).isEqualTo("alias");
        assertThat(json.path("columns").get(0).path("sheet").asString()).isEqualTo("health-procurement-2016-01");
        assertThat(json.path("columns").get(0).path("row").asInt()).isEqualTo(1);
        assertThat(json.path("summary").get(0).path("rule").asString()).isEqualTo("P3");
        assertThat(json.path("summary").get(0).path("rows").asString()).isEqualTo("5");
        assertThat(json.path("findings")).hasSize(1);
    }
}
