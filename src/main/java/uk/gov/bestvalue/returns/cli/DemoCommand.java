package uk.gov.bestvalue.returns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.PipelineProperties;
import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.intake.ProcessingRecovery;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.notify.Outbox;

/**
 * {@code returns-pipeline demo}: every file of {@code input-samples/} through the whole pipeline as a month would
 * bring them, then the monthly run of the latest month, then what each recipient was sent.
 */
@Component
class DemoCommand {

    private final ProcessingRecovery recovery;
    private final IntakeFolders folders;
    private final InboxPoller poller;
    private final MonthlyCommand monthly;
    private final Outbox outbox;
    private final PipelineProperties properties;
    private final Path samples;

    DemoCommand(ProcessingRecovery recovery, IntakeFolders folders, InboxPoller poller, MonthlyCommand monthly,
                Outbox outbox, PipelineProperties properties, @Value("${pipeline.samples-dir:input-samples}") Path samples) {
        this.recovery = recovery;
        this.folders = folders;
        this.poller = poller;
        this.monthly = monthly;
        this.outbox = outbox;
        this.properties = properties;
        this.samples = samples;
    }

    /** Runs the demo; the exit code (that of the monthly run). */
    int run(PrintStream out) throws IOException {
        long emailsBefore = outbox.mark();
        List<SubmissionOutcome> outcomes = new ArrayList<>(recovery.recover());
        folders.create();
        List<Path> dropped = new ArrayList<>();
        try (Stream<Path> files = Files.list(samples)) {
            for (Path sample : files.filter(f -> f.toString().matches("(?i).*\\.(xlsx|xls|csv)$")).sorted().toList()) {
                dropped.add(Files.copy(sample, folders.inbox().resolve(sample.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING));
            }
        }
        outcomes.addAll(poller.processNow(dropped));
        SummaryTable.print(outcomes, out);
        out.println();
        out.println(whatHappened(outcomes));
        String period = latestPeriod(outcomes);
        int exitCode = 0;
        if (period != null) {
            out.println();
            out.println("Monthly run for " + period + ":");
            exitCode = monthly.run(period, out);
        }
        out.println();
        printEmails(out, emailsBefore);
        out.println("Emails (outbox): " + properties.folders().outbox().toAbsolutePath().normalize());
        out.println("Checked workbooks: " + properties.folders().checked().toAbsolutePath().normalize());
        out.println("Reports:         " + properties.folders().reports().toAbsolutePath().normalize()
                + (period == null ? "" : " (" + period + "/monitoring-pack.html, .xlsx, open-data/)"));
        out.println("Archived files:  " + folders.archive().toAbsolutePath().normalize());
        out.println("Rejected files:  " + folders.rejected().toAbsolutePath().normalize() + " (each with a .reason.txt)");
        out.println("Warehouse:       the database at spring.datasource.url (views v_contract_current, v_finding_current)");
        return exitCode;
    }

    /** The most recent month a return was loaded for (ledgers span months and have none). */
    private static String latestPeriod(List<SubmissionOutcome> outcomes) {
        return outcomes.stream().map(SubmissionOutcome::period).filter(p -> p != null && p.matches("\\d{4}-\\d{2}"))
                .max(String::compareTo).orElse(null);
    }

    /**
     * The run in one paragraph: on a first run each sample is loaded or rejected; on a second run the files loaded
     * before are duplicates (nothing loaded again, their owners told so) while the rejected ones are read and rejected
     * again, as a rejected file is never remembered as received; with no new month loaded there is no monthly run.
     */
    static String whatHappened(List<SubmissionOutcome> outcomes) {
        Map<String, Long> byStatus = outcomes.stream()
                .collect(Collectors.groupingBy(SubmissionOutcome::status, TreeMap::new, Collectors.counting()));
        StringBuilder text = new StringBuilder("This run: " + outcomes.size() + " files, " + byStatus.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")) + ".");
        long duplicates = byStatus.getOrDefault("duplicate", 0L);
        if (duplicates > 0) {
            text.append("\n  duplicate: the same content was loaded before, so nothing is loaded again; each owner is ")
                    .append("emailed that the file was already received.");
        }
        if (byStatus.getOrDefault("rejected", 0L) > 0) {
            text.append("\n  rejected: the file could not be read or recognised; a rejected file is not kept as ")
                    .append("received, so the same file is rejected again on every run (see its .reason.txt).");
        }
        if (latestPeriod(outcomes) == null) {
            text.append("\n  No return was loaded, so there is no monthly run and no new pack; the pack of the first ")
                    .append("run stays where it was written.");
        }
        return text.toString();
    }

    private void printEmails(PrintStream out, long before) {
        out.println("Emails queued by this run (one per owner per file, chase and reconciliation notice), by status "
                + outbox.byStatusSince(before) + ":");
        outbox.byRecipientSince(before).forEach((recipient, kinds) -> out.printf("  %-46s %d  %s%n", recipient,
                kinds.values().stream().mapToInt(Integer::intValue).sum(), kinds));
    }
}
