package uk.gov.bestvalue.returns.returntypes.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;
import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;

/**
 * Every published file of the real-data folder ({@link RealData}: four public bodies, ~130 files) loads as a spend ledger
 * with exactly the payment lines that {@code src/test/resources/realdata/count_rows.py} counted independently,
 * among every return type in {@code jobs/}; the files that cannot be ledgers are rejected with the reason listed.
 */
class RealLedgersTests {

    // the folder the running test reads (each test names it through RealData, or is skipped)
    private static Path realData;
    private static final long MAX_FILE_BYTES = 100L * 1024 * 1024;
    // the files were published between 2014 and 2026; some lines were paid a little before their period
    private static final LocalDate FIRST_DAY = LocalDate.of(2013, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 31);

    private static ReturnReader.Opener opener;

    @BeforeAll
    static void definitions() {
        // every return type, so a file taken for another return fails on its type, not on a missing one
        opener = PipelineDefinitions.load(Path.of("jobs"), MAX_FILE_BYTES).opener();
    }

    @TestFactory
    Stream<DynamicTest> everyRealFileGivesTheIndependentlyCountedPaymentLines() throws IOException {
        realData = RealData.folder("RealLedgersTests");
        Map<String, String> expected = expectations();
        List<Path> files = realFiles();
        // given every file of the folder is listed (a new file needs its count)
        assertThat(files.stream().map(RealLedgersTests::relative).toList())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        return files.stream().map(file -> DynamicTest.dynamicTest(relative(file), () -> {
            String outcome = expected.get(relative(file));
            if (outcome.chars().allMatch(Character::isDigit)) {
                // when it is read; then it is a spend ledger with the counted lines, each dated and with an amount
                assertThat(read(file)).isEqualTo(Integer.parseInt(outcome));
            } else {
                // then the reason its owner is given says what the list says
                assertThatThrownBy(() -> opener.open(file).close())
                        .isInstanceOf(UnrecognisedReturnException.class)
                        .hasMessageContaining(outcome);
            }
        }));
    }

    @Test
    void allTheRealFilesAreReadQuickly() throws Exception {
        realData = RealData.folder("RealLedgersTests");
        Map<String, String> expected = expectations();
        long start = System.nanoTime();
        long lines = 0;
        for (Path file : realFiles()) {
            if (expected.get(relative(file)).chars().allMatch(Character::isDigit)) {
                lines += read(file);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("read %d payment lines from %s in %.2f s%n", lines, realData, seconds);
        // ~133,000 lines: a streaming reader does this in a few seconds; minutes would mean quadratic work
        assertThat(seconds).isLessThan(60);
    }

    /** The payment lines recognised in a file, asserting each one is a loadable, dated line with an amount. */
    private static int read(Path file) throws IOException, UnrecognisedReturnException {
        try (ReturnReader reader = opener.open(file)) {
            assertThat(reader.recognition().spec().id()).as(file.toString()).isEqualTo("spend-ledger");
            // every body's export names its suppliers, under whatever title: the column is found in every table
            assertThat(reader.recognition().headers()).as(file.toString())
                    .allSatisfy(header -> assertThat(header.columnOf("supplier_name")).isNotNegative());
            int lines = 0;
            for (CheckedRow row = reader.next(); row != null; row = reader.next()) {
                if (row.loadable()) {
                    // a date read month-first, or a serial misread, would fall outside the years published
                    assertThat(row.row().date("payment_date")).as(where(row)).isBetween(FIRST_DAY, LAST_DAY);
                    assertThat(row.row().money("amount")).as(where(row)).isNotNull();
                    lines++;
                }
            }
            return lines;
        }
    }

    private static String where(CheckedRow row) {
        return row.row().sheet() + " row " + row.row().rowNumber();
    }

    private static List<Path> realFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(realData)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !List.of("SOURCES.txt", "README.md").contains(p.getFileName().toString()))
                    .sorted().toList();
        }
    }

    private static String relative(Path file) {
        return realData.relativize(file).toString().replace('\\', '/');
    }

    /** path → rows counted by count_rows.py, or the phrase the rejection's reason must contain. */
    private static Map<String, String> expectations() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        try (InputStream in = RealLedgersTests.class.getResourceAsStream("/realdata/expected-ledger-rows.csv")) {
            List<String> lines = new ArrayList<>(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
            for (String line : lines.subList(1, lines.size())) {
                int comma = line.indexOf(',');
                expected.put(line.substring(0, comma), line.substring(comma + 1));
            }
        }
        return expected;
    }
}
