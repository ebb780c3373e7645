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
    void aReturnNoneOfWhoseRowsCanBeLoadedIsRejected() throws IOException {
        // given the Health return with every start date unreadable
        List<String> lines = Files.readAllLines(HEALTH, WINDOWS_1252);
        List<String> unreadable = new ArrayList<>(List.of(lines.get(0)));
        lines.subList(1, lines.size()).forEach(l -> unreadable.add(l.replaceAll(",\\d\\d/\\d\\d/\\d{4},", ",soon,")));
        Path file = Files.write(folder.resolve("health-procurement-2016-01.csv"), unreadable, WINDOWS_1252);

        // when
        CheckReport report = checker.check(file, "-");

        // then
        assertThat(report.status()).isEqualTo("rejected");
        assertThat(report.reason()).startsWith("None of the 8 contract rows can be loaded");
        assertThat(report.summary()).extracting(CheckReport.SummaryLine::rule, CheckReport.SummaryLine::field,
                        CheckReport.SummaryLine::count, CheckReport.SummaryLine::rows)
                .contains(org.assertj.core.groups.Tuple.tuple("FORMAT", "start_date", 8, "2-9"));
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
