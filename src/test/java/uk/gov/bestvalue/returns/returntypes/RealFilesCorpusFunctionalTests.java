package uk.gov.bestvalue.returns.returntypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;

/**
 * Real files that councils and funders published (spend ledgers, contracts registers, 360Giving grants, land
 * registers; {@code src/test/resources/corpus/}), checked as {@code check} checks them, against what a person
 * reading each file said of it beforehand ({@code expected.yml} beside each group): the return it is, the row its
 * column titles are on, its rows, and the field every column is (or none). No finding may say "null", and a missing
 * column is reported once.
 */
class RealFilesCorpusFunctionalTests {

    static final Path CORPUS = Path.of("src", "test", "resources", "corpus");
    private static final YAMLMapper YAML = YAMLMapper.builder().build();

    private static ReturnChecker checker;
    // one line per file, printed at the end for a person to review: the corpus as the reader saw it
    private static final Map<String, String> TABLE = new java.util.concurrent.ConcurrentSkipListMap<>();

    @BeforeAll
    static void checker() {
        checker = new ReturnChecker(PipelineDefinitions.load(Path.of("jobs"), 100L * 1024 * 1024).opener());
    }

    @Test
    void theCorpusIsLargeAndVaried() throws IOException {
        // given / when
        List<JsonNode> all = expectations().toList();

        // then
        assertThat(all).hasSizeGreaterThanOrEqualTo(40);
        assertThat(all.stream().map(e -> e.path("council").asString()).distinct().count()).isGreaterThanOrEqualTo(15);
        assertThat(all).allSatisfy(e -> assertThat(CORPUS.resolve(e.path("file").asString())).isRegularFile());
        // spend ledgers, grants and at least one contracts register: each return the corpus is for, read from real files
        assertThat(all.stream().map(e -> e.path("returnType").asString()))
                .contains("spend-ledger", "grant-agreements", "procurement-contracts");
    }

    @TestFactory
    Stream<DynamicTest> everyRealFileIsReadAsAPersonReadIt() throws IOException {
        return expectations().map(expected -> DynamicTest.dynamicTest(expected.path("file").asString(), () -> {
            // given
            Path file = CORPUS.resolve(expected.path("file").asString());

            // when
            CheckReport report = checker.check(file, "-");

            TABLE.put(expected.path("file").asString(), tableLine(expected, report));

            // then
            SoftAssertions softly = new SoftAssertions();
            String type = expected.path("returnType").asString();
            String refusal = expected.path("rejectedBecause").asString("");
            if (!refusal.isEmpty()) {
                // what a person takes for this return, refused for want of a column it must have: the reason says so
                softly.assertThat(report.returnType()).as("%s: refused", file).isNull();
                softly.assertThat(report.reason()).as("%s: reason", file).contains(refusal);
            } else if (isReturnWeCollect(type)) {
                softly.assertThat(report.returnType()).as("%s: return type (reason: %s)", file, report.reason())
                        .isEqualTo(type);
                if (expected.has("sheet")) {
                    // the table is found on the sheet the person found it on
                    softly.assertThat(report.columns()).as("%s: columns read", file).isNotEmpty();
                    softly.assertThat(report.columns().isEmpty() ? null : report.columns().get(0).sheet())
                            .as("%s: sheet", file).isEqualTo(expected.path("sheet").asString());
                }
                softly.assertThat(report.rows()).as("%s: rows", file)
                        .isEqualTo(expected.path("readRows").asInt(expected.path("rows").asInt()));
                // where the reader and the person differ, the difference and why are written down beside the file
                softly.assertThat(differences(mapped(report, expected), expectedColumns(expected), expected))
                        .as("%s: columns read otherwise than the person read them", file)
                        .containsExactlyInAnyOrderElementsOf(known(expected));
            } else {
                softly.assertThat(report.returnType()).as("%s: not a return we collect", file).isNull();
                softly.assertThat(report.reason()).as("%s: reason", file).isNotBlank();
            }
            // a cause found on every row (a column no value of which can be read) counted once, as a person counts it
            expected.path("findingsByRule").properties().forEach(rule -> softly.assertThat(report.findings().stream()
                            .filter(f -> f.rule().equals(rule.getKey())).count())
                    .as("%s: %s findings", file, rule.getKey()).isEqualTo(rule.getValue().asLong()));
            // what the reason must tell a person (e.g. which columns a disposals return needs that a register lacks)
            expected.path("reasonSays").forEach(phrase -> softly.assertThat(report.reason())
                    .as("%s: reason", file).contains(phrase.asString()));
            softly.assertThat(headerRowRead(report)).as("%s: header row (reason: %s)", file, report.reason())
                    .isEqualTo(expected.path("readHeaderRow").asInt(expected.path("headerRow").asInt()));
            softly.assertThat(report.findings()).as("no 'null' in any message")
                    .noneMatch(f -> f.message().matches("(?s).*\\b(null|None|NaN)\\b.*"));
            softly.assertThat(report.reason() == null ? "" : report.reason()).doesNotContainPattern("\\bnull\\b");
            softly.assertThat(headerFindingsRepeated(report)).as("missing columns reported more than once").isEmpty();
            softly.assertAll();
        }));
    }

    @org.junit.jupiter.api.AfterAll
    static void printTable() {
        System.out.println("file | publisher | kind | read as | rows read | columns mapped/unmapped | findings by rule");
        TABLE.forEach((file, line) -> System.out.println(file + " | " + line));
    }

    private static String tableLine(JsonNode expected, CheckReport report) {
        long mapped = report.columns().stream().filter(c -> c.field() != null).count();
        Map<String, Integer> byRule = new java.util.TreeMap<>();
        report.findings().forEach(f -> byRule.merge(f.rule(), 1, Integer::sum));
        // kind: what the person took the file for; read as: what the reader made of it
        return expected.path("council").asString() + " | " + expected.path("returnType").asString() + " | "
                + (report.returnType() == null ? "rejected" : report.returnType()) + " | " + report.rows() + " | "
                + mapped + "/" + (report.columns().size() - mapped) + " | " + byRule;
    }

    private static boolean isReturnWeCollect(String type) {
        return List.of("spend-ledger", "procurement-contracts", "grant-agreements", "property-disposals",
                "capital-receipts").contains(type);
    }

    /** Column letter to field, as the checker read the table's first sheet. */
    private static Map<String, String> mapped(CheckReport report, JsonNode expected) {
        String sheet = report.columns().isEmpty() ? null : report.columns().get(0).sheet();
        Map<String, String> fields = new LinkedHashMap<>();
        for (CheckReport.ColumnView column : report.columns()) {
            if (column.sheet().equals(sheet) && (column.field() != null || expected.path("columns").has(column.column()))) {
                fields.putIfAbsent(column.column(), String.valueOf(column.field()));
            }
        }
        return fields;
    }

    private static Map<String, String> expectedColumns(JsonNode expected) {
        Map<String, String> fields = new LinkedHashMap<>();
        expected.path("columns").properties().forEach(entry -> {
            JsonNode field = entry.getValue().path("field");
            fields.put(entry.getKey(), field.isNull() || field.isMissingNode() ? "null" : field.asString());
        });
        return fields;
    }

    /** "B 'Identifier': read as title, not grant_reference", one per column read otherwise. */
    private static List<String> differences(Map<String, String> actual, Map<String, String> expected,
                                            JsonNode expectation) {
        List<String> differences = new ArrayList<>();
        java.util.Set<String> letters = new java.util.TreeSet<>(java.util.Comparator
                .comparingInt(String::length).thenComparing(java.util.Comparator.naturalOrder()));
        letters.addAll(actual.keySet());
        letters.addAll(expected.keySet());
        for (String letter : letters) {
            String got = actual.getOrDefault(letter, "null");
            String want = expected.getOrDefault(letter, "null");
            if (!got.equals(want)) {
                differences.add(letter + " '" + expectation.path("columns").path(letter).path("title").asString()
                        + "': read as " + got + ", not " + want);
            }
        }
        return differences;
    }

    /** The differences a reviewer accepted, each written "B 'Title': read as x, not y" with its reason after " -- ". */
    private static List<String> known(JsonNode expected) {
        List<String> known = new ArrayList<>();
        expected.path("knownDifferences").forEach(d -> known.add(d.asString().split(" -- ")[0].strip()));
        return known;
    }

    /**
     * The row the reader took the column titles from: the first table's header row, or, for a file it refused, the
     * row its reason names as the one that came closest to a return's header (0 when it names none).
     */
    private static int headerRowRead(CheckReport report) {
        if (!report.columns().isEmpty()) {
            return report.columns().get(0).row();
        }
        java.util.regex.Matcher closest = java.util.regex.Pattern.compile("came closest \\(.*? row (\\d+)\\)")
                .matcher(report.reason() == null ? "" : report.reason());
        return closest.find() ? Integer.parseInt(closest.group(1)) : 0;
    }

    /** Rule and field pairs found at a header row more than once. */
    private static List<String> headerFindingsRepeated(CheckReport report) {
        Map<String, Integer> counts = new HashMap<>();
        for (CheckReport.FindingView f : report.findings()) {
            if (f.message().startsWith("The file has no ")) {
                counts.merge(f.rule() + " " + f.field(), 1, Integer::sum);
            }
        }
        List<String> repeated = new ArrayList<>();
        counts.forEach((key, count) -> {
            if (count > 1) {
                repeated.add(key);
            }
        });
        return repeated;
    }

    static Stream<JsonNode> expectations() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        try (Stream<Path> groups = Files.list(CORPUS)) {
            for (Path group : groups.sorted().toList()) {
                Path expected = group.resolve("expected.yml");
                if (Files.isRegularFile(expected)) {
                    try (InputStream in = Files.newInputStream(expected)) {
                        YAML.readTree(in).forEach(all::add);
                    }
                }
            }
        }
        return all.stream();
    }
}
