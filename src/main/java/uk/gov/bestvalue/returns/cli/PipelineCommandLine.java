package uk.gov.bestvalue.returns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.audit.TraceCommand;
import uk.gov.bestvalue.returns.intake.InboxEvents;
import uk.gov.bestvalue.returns.intake.InboxPoller;
import uk.gov.bestvalue.returns.intake.IntakeFolders;
import uk.gov.bestvalue.returns.intake.ProcessingRecovery;
import uk.gov.bestvalue.returns.intake.Sha256;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.rebuild.RebuildCommand;
import uk.gov.bestvalue.returns.report.MonthlyReports;
import uk.gov.bestvalue.returns.returntypes.ReturnChecker;
import uk.gov.bestvalue.returns.schedule.PipelineScheduler;

/**
 * The commands a person types: {@code demo}, {@code check FILE [--json]}, {@code ingest FILE}, {@code serve},
 * {@code monthly --period P}, {@code report --period P}, {@code rebuild --period P [--into URL]} and
 * {@code trace --batch N} ({@code users} runs without Spring, as {@code check} does). Exit code 0 when all is well, 1 when a run failed, 2 on a usage error or a file rejected.
 */
@Component
@ConditionalOnProperty(name = "pipeline.cli.enabled", matchIfMissing = true)
public class PipelineCommandLine implements ApplicationRunner, ExitCodeGenerator {

    /** What a person may type, printed for help and after a usage error. */
    public static final String USAGE = """
            usage: returns-pipeline <command>
              demo                 process every file in input-samples/ through the whole pipeline
              check FILE [--json]  check a file without loading it (exit 0 accepted, 2 rejected)
              ingest FILE          load one file now
              serve                watch the inbox and run the monthly job on the schedule in jobs/schedule.yml, and show
                                   the live page (grid, batches, packs, check a return) on pipeline.web.port, until stopped
              monthly --period P   reconcile, chase missing returns, compute the KPIs and write the reports of month P (yyyy-MM) now
              report --period P    write month P's monitoring pack and open-data exports again from the warehouse
              rebuild --period P [--into JDBC-URL]
                                   replay the archived files of month P (and before) into an empty database (a temporary
                                   H2 file by default), run the month, and compare every table with the warehouse (exit 0 equal)
              trace --batch N      a load batch's story: received, recognised as, columns mapped, findings by rule,
                                   what it replaced and what superseded it, the emails it caused
              users add NAME --lead DIR [--lead DIR] | --programme-office
                                   let a person sign in to the page (asks for the password; keeps its bcrypt hash)
              users remove NAME    no longer let them in""";
    /** The exit code of a command that did not do what was asked: a run that failed. */
    public static final int FAILED = 1;
    /** The exit code of a command typed wrongly, or of a file rejected. */
    public static final int USAGE_ERROR = 2;
    private static final Logger log = LoggerFactory.getLogger(PipelineCommandLine.class);

    private final ReturnChecker checker;
    private final MonthlyCommand monthly;
    private final PipelineScheduler scheduler;
    private final InboxPoller poller;
    private final InboxEvents inboxEvents;
    private final ProcessingRecovery recovery;
    private final IntakeFolders folders;
    private final MonthlyReports reports;
    private final DemoCommand demo;
    private final RebuildCommand rebuild;
    private final TraceCommand trace;
    private final PrintStream out = System.out;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private int exitCode;

    public PipelineCommandLine(ReturnChecker checker, MonthlyCommand monthly,
                               PipelineScheduler scheduler, InboxPoller poller, ProcessingRecovery recovery,
                               IntakeFolders folders, MonthlyReports reports, DemoCommand demo,
                               RebuildCommand rebuild, TraceCommand trace, InboxEvents inboxEvents) {
        this.checker = checker;
        this.monthly = monthly;
        this.scheduler = scheduler;
        this.poller = poller;
        this.recovery = recovery;
        this.folders = folders;
        this.reports = reports;
        this.demo = demo;
        this.rebuild = rebuild;
        this.trace = trace;
        this.inboxEvents = inboxEvents;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        List<String> words = args.getNonOptionArgs().stream()
                .filter(word -> !word.equals(optionValue(args, "period")) && !word.equals(optionValue(args, "into"))
                        && !word.equals(optionValue(args, "batch")))
                .toList();
        String command = words.isEmpty() ? "" : words.get(0);
        switch (command) {
            case "demo" -> exitCode = demo.run(out);
            case "check" -> withFile(words, file -> check(file, args.containsOption("json")));
            case "ingest" -> withFile(words, this::ingest);
            case "serve" -> serve();
            case "monthly" -> monthly(args);
            case "report" -> report(args);
            case "rebuild" -> rebuild(args);
            case "trace" -> trace(args);
            case "help" -> out.println(USAGE);
            default -> usage(command.isEmpty() ? null : "unknown command '" + command + "'");
        }
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    private interface FileCommand {
        void run(Path file) throws IOException;
    }

    private void withFile(List<String> words, FileCommand command) throws IOException {
        if (words.size() != 2) {
            usage(words.get(0) + " needs one FILE");
        } else if (!Files.isRegularFile(Path.of(words.get(1)))) {
            usage("no such file: " + words.get(1));
        } else {
            command.run(Path.of(words.get(1)));
        }
    }

    /** An option's value, written {@code --name=value} or, as people type it, {@code --name value}. */
    static String optionValue(ApplicationArguments args, String name) {
        List<String> values = args.getOptionValues(name);
        if (values != null && !values.isEmpty() && !values.get(0).isEmpty()) {
            return values.get(0);
        }
        String[] source = args.getSourceArgs();
        for (int i = 0; i < source.length - 1; i++) {
            if (source[i].equals("--" + name)) {
                return source[i + 1];
            }
        }
        return null;
    }

    private void usage(String problem) {
        if (problem != null) {
            System.err.println("returns-pipeline: " + problem);
        }
        System.err.println(USAGE);
        exitCode = USAGE_ERROR;
    }

    /** Whether the command line asks for help: {@code help}, {@code --help} or {@code -h}, in any place. */
    public static boolean isHelp(String[] args) {
        return java.util.Arrays.stream(args).anyMatch(a -> a.equals("help") || a.equals("--help") || a.equals("-h"));
    }

    /** Reached only when the application is started for {@code check} some other way: main runs {@link CheckCommand}. */
    private void check(Path file, boolean json) throws IOException {
        exitCode = CheckCommand.print(checker.check(file, Sha256.of(file)), json, out);
    }

    private void ingest(Path file) throws IOException {
        recovery.recover();
        folders.create();
        Path dropped = Files.copy(file, folders.inbox().resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(dropped));
        SummaryTable.print(outcomes, out);
        // a file not loaded (rejected, or a duplicate of one already loaded) is not a success
        exitCode = outcomes.stream().allMatch(o -> o.status().startsWith("loaded")) ? 0 : USAGE_ERROR;
    }

    private void monthly(ApplicationArguments args) {
        String period = optionValue(args, "period");
        if (period == null || !period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            usage("monthly needs --period yyyy-MM, a month such as 2016-01" + (period == null ? "" : ": not " + period));
            return;
        }
        exitCode = monthly.run(period, out);
    }

    private void report(ApplicationArguments args) {
        String period = optionValue(args, "period");
        if (period == null || !period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            usage("report needs --period yyyy-MM, a month such as 2016-01" + (period == null ? "" : ": not " + period));
            return;
        }
        if (!reports.hasData(period)) {
            // an empty pack would look like a month in which nothing was owed, sent or paid
            System.err.println("returns-pipeline: the warehouse has nothing for " + period + " (no return loaded for "
                    + "it, no payment or receipt dated in it, no monthly run): no pack written");
            exitCode = USAGE_ERROR;
            return;
        }
        MonthlyReports.Files files = reports.write(period);
        out.println("Monitoring pack: " + files.pack().workbook().toAbsolutePath().normalize());
        out.println("                 " + files.pack().html().toAbsolutePath().normalize());
        files.openData().published().forEach(f -> out.println("Open data:       " + f.toAbsolutePath().normalize()));
        files.openData().internal().forEach(f -> out.println("Lineage:         " + f.toAbsolutePath().normalize()));
    }

    private void rebuild(ApplicationArguments args) throws IOException {
        String period = optionValue(args, "period");
        if (period == null || !period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            usage("rebuild needs --period yyyy-MM, a month such as 2016-01" + (period == null ? "" : ": not " + period));
            return;
        }
        exitCode = rebuild.run(period, optionValue(args, "into"), out);
    }

    private void trace(ApplicationArguments args) {
        String batch = optionValue(args, "batch");
        if (batch == null || !batch.matches("\\d{1,18}")) {
            usage("trace needs --batch N, a load batch number" + (batch == null ? "" : ": not " + batch));
            return;
        }
        exitCode = trace.run(Long.parseLong(batch), out);
    }

    /**
     * Recovers what a stopped run left, then lets the scheduler poll the inbox and run each month until TERM or
     * Ctrl-C: then no new file is taken, the file being loaded is finished, and the command ends with exit code 0.
     */
    private void serve() throws Exception {
        recovery.recover();
        StopSignals.onStop(stopped::countDown);
        log.info("Watching {} on the schedule in jobs/schedule.yml", folders.inbox().toAbsolutePath());
        scheduler.start();
        try (AutoCloseable events = inboxEvents.start()) {
            stopped.await();
            log.info("Stopping: the file being loaded, if any, is finished first");
        } finally {
            scheduler.stop();
        }
    }

    /** Stops {@code serve} (used by tests; a person presses Ctrl-C). */
    public void stop() {
        stopped.countDown();
    }
}
