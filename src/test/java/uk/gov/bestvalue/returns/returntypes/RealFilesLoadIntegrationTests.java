package uk.gov.bestvalue.returns.returntypes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/**
 * Every real file of the corpus ({@code src/test/resources/corpus}) dropped into the inbox and loaded as the daemon
 * loads a return: each file a person took for a return we collect is loaded, as many rows read as the person counted
 * (a ledger's every payment line loaded), each row in the warehouse with its own sheet and row, each row not loaded
 * with an error at its row; each file the checker refuses is rejected with a reason; nothing is lost. On MySQL/MariaDB the rows go through {@code LOAD DATA}, so real text (accents, tabs, pound signs, long
 * titles) meets the server as published. A return other than a ledger is named after a directorate and a month of
 * its own, as its owner would send it (the files name neither). Then the month with most payment lines is reconciled.
 */
@SpringBootTest
class RealFilesLoadIntegrationTests extends PipelineIntegrationTest {

    private static final Map<String, String> FACTS = Map.of("spend-ledger", "payment_fact",
            "grant-agreements", "grant_fact", "procurement-contracts", "contract_fact");

    @Autowired
    private MonthlyCommand monthly;

    @Test
    void everyRealReturnIsLoadedRowForRowEveryOtherFileRejectedAndTheBusiestMonthReconciled() throws Exception {
        // given the corpus's returns in the inbox, named as their owners would send them
        Path inbox = Files.createDirectories(folders.inbox());
        Map<String, JsonNode> dropped = new LinkedHashMap<>();
        int month = 0;
        for (JsonNode expected : RealFilesCorpusFunctionalTests.expectations().toList()) {
            String type = expected.path("returnType").asString();
            Path file = RealFilesCorpusFunctionalTests.CORPUS.resolve(expected.path("file").asString());
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.'));
            String sent = !FACTS.containsKey(type) || type.equals("spend-ledger")
                    ? String.format("ledger-%02d-%s", dropped.size(), name.replace(' ', '-'))
                    : String.format("resources-%02d-%d-%02d%s", dropped.size(), 2014 + month / 12, 1 + month++ % 12,
                            extension);
            Files.copy(file, inbox.resolve(sent));
            dropped.put(sent, expected);
        }

        // when the daemon takes them
        List<SubmissionOutcome> outcomes = new ArrayList<>();
        for (int poll = 0; poll < 10 && !isEmpty(inbox); poll++) {
            outcomes.addAll(poller.poll());
        }

        // then each is loaded row for row, or rejected with its reason, and nothing is left behind
        assertThat(isEmpty(inbox)).as("nothing left in the inbox").isTrue();
        assertThat(isEmpty(folders.processing())).as("nothing left in processing").isTrue();
        assertThat(dropped).hasSizeGreaterThanOrEqualTo(50);
        SoftAssertions softly = new SoftAssertions();
        long rows = 0;
        for (Map.Entry<String, JsonNode> entry : dropped.entrySet()) {
            String sent = entry.getKey();
            JsonNode expected = entry.getValue();
            String file = expected.path("file").asString();
            Optional<SubmissionOutcome> outcome = outcomes.stream().filter(o -> o.fileName().equals(sent)).findFirst();
            softly.assertThat(outcome).as("%s (%s): an outcome", file, sent).isPresent();
            if (outcome.isEmpty()) {
                continue;
            }
            SubmissionOutcome result = outcome.get();
            softly.assertThat(result.storedAs()).as("%s: stored", file).isNotNull();
            String type = expected.path("returnType").asString();
            String refusal = expected.path("rejectedBecause").asString("");
            if (!refusal.isEmpty() || expected.has("reasonSays") || !FACTS.containsKey(type)) {
                // refused for want of a column, no row loadable, or no return we collect: rejected, saying why
                softly.assertThat(result.status()).as("%s: status", file).isEqualTo("rejected");
                softly.assertThat(result.reason()).as("%s: reason", file).isNotBlank().contains(refusal);
                expected.path("reasonSays").forEach(phrase -> softly.assertThat(result.reason())
                        .as("%s: reason", file).contains(phrase.asString()));
                continue;
            }
            softly.assertThat(result.status()).as("%s: status (reason: %s)", file, result.reason())
                    .startsWith("loaded");
            softly.assertThat(result.returnType()).as("%s: return type", file).isEqualTo(type);
            softly.assertThat(result.rowsRead()).as("%s: rows read", file).isEqualTo(expected.path("rows").asInt());
            if (type.equals("spend-ledger")) {
                // the person counted payment lines: a date and an amount, so each one loadable
                softly.assertThat(result.rowsLoaded()).as("%s: rows loaded", file)
                        .isEqualTo(expected.path("readRows").asInt(expected.path("rows").asInt()));
            }
            long batch = jdbc.sql("SELECT load_batch_id FROM load_batch WHERE file_name = ?").param(sent)
                    .query(Long.class).single();
            String facts = FACTS.get(type);
            long stored = count("SELECT COUNT(*) FROM " + facts + " WHERE load_batch_id = ?", batch);
            softly.assertThat(stored).as("%s: rows in %s", file, facts).isEqualTo((long) result.rowsLoaded());
            // a row read but not loaded is not lost silently: an error at its row says why
            softly.assertThat(count("SELECT COUNT(*) FROM (SELECT DISTINCT source_sheet, source_row FROM finding "
                    + "WHERE load_batch_id = ? AND severity = 'error' AND source_row > 0) e", batch))
                    .as("%s: rows with an error, of %d read and %d loaded", file, result.rowsRead(), result.rowsLoaded())
                    .isGreaterThanOrEqualTo((long) result.rowsRead() - result.rowsLoaded());
            // every row traceable to its own cell row: a sheet, a row number, never twice
            softly.assertThat(count("SELECT COUNT(*) FROM (SELECT DISTINCT source_sheet, source_row FROM " + facts
                    + " WHERE load_batch_id = ? AND source_sheet <> '' AND source_row > 0) d", batch))
                    .as("%s: distinct sheet and row", file).isEqualTo(stored);
            rows += stored;
        }
        softly.assertAll();
        System.out.printf("real files loaded: %d files, %d rows in the warehouse%n", dropped.size(), rows);

        // no supplier is keyed as nothing: the names Craven withheld as asterisks identify no supplier, rather than
        // one supplier that every withheld name, and any name of dropped words alone, would share
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_fact WHERE supplier_key = 'name:'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM payment_fact WHERE supplier_name LIKE '*****%' "
                + "AND supplier_key IS NULL").query(Long.class).single()).isEqualTo(6);

        // and the month with most payment lines is reconciled
        Map<YearMonth, Long> byMonth = jdbc.sql("SELECT payment_date FROM payment_fact WHERE payment_date IS NOT NULL")
                .query(LocalDate.class).list().stream()
                .collect(Collectors.groupingBy(YearMonth::from, Collectors.counting()));
        YearMonth busiest = Collections.max(byMonth.entrySet(), Map.Entry.comparingByValue()).getKey();
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(monthly.run(busiest.toString(), new PrintStream(printed, true, StandardCharsets.UTF_8)))
                .as(printed.toString(StandardCharsets.UTF_8)).isZero();
        // no contract or grant agreement in the corpus is one of that month's payees: every line is found once,
        // a grant payment (its expense type says grant) as having no agreement (R3), any other as off contract (R1)
        Map<String, Long> byRule = new LinkedHashMap<>();
        for (String rule : List.of("R1", "R3")) {
            byRule.put(rule, jdbc.sql("SELECT COUNT(*) FROM finding f JOIN payment_fact p ON p.load_batch_id = "
                            + "f.ledger_load_batch_id AND p.source_sheet = f.ledger_sheet AND p.source_row = "
                            + "f.ledger_row WHERE f.rule_id = ? AND f.monthly_period = ? AND f.ledger_file IS NOT NULL")
                    .params(rule, busiest.toString()).query(Long.class).single());
        }
        long linesFound = jdbc.sql("SELECT COUNT(*) FROM (SELECT DISTINCT ledger_load_batch_id, ledger_sheet, "
                        + "ledger_row FROM finding WHERE rule_id IN ('R1', 'R3') AND monthly_period = ?) d")
                .param(busiest.toString()).query(Long.class).single();
        assertThat(byRule.get("R1")).as("off-contract lines").isPositive();
        assertThat(byRule.get("R1") + byRule.get("R3")).as("findings at ledger lines")
                .isEqualTo(linesFound).isEqualTo(byMonth.get(busiest));
        System.out.printf("real files reconciled: %s, %d payment lines, found as %s%n", busiest, byMonth.get(busiest),
                byRule);
    }

    private long count(String sql, long batch) {
        return jdbc.sql(sql).param(batch).query(Long.class).single();
    }

    private static boolean isEmpty(Path folder) throws Exception {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }
}
