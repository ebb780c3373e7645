package uk.gov.bestvalue.returns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;
import uk.gov.bestvalue.returns.intake.Sha256;
import uk.gov.bestvalue.returns.returntypes.CheckReport;
import uk.gov.bestvalue.returns.returntypes.ReturnChecker;
import uk.gov.bestvalue.returns.workbook.PlainReasons;
import uk.gov.bestvalue.returns.workbook.ReadLimits;

/**
 * {@code check FILE [--json]} without the Spring application: checking needs no database, scheduler or mail, so
 * only the definitions and the readers are built (by {@link PipelineDefinitions}, as the application builds
 * them), nothing is written anywhere, and a lead has the answer in a third of a second
 * ({@code bin/returns-pipeline}) rather than six.
 */
public final class CheckCommand {

    private CheckCommand() {
    }

    /** Whether a command line asks for {@code check}: its first word that is not an option. */
    public static boolean isCheck(String[] args) {
        List<String> words = words(args);
        return !words.isEmpty() && words.get(0).equals("check");
    }

    /** Runs {@code check} as the process's command: its output on standard output, warnings only on standard error. */
    public static int runAsCommand(String[] args) {
        WarningsToStderr.apply();
        return run(args, System.getenv(), System.getProperties(), System.out, System.err);
    }

    /** Checks the file the command line names and prints the result; the exit code: 0 accepted, 2 rejected or a usage error. */
    static int run(String[] args, Map<String, String> environment, Properties system, PrintStream out,
                   PrintStream err) {
        return run(args, environment, system, Path.of(""), DefinitionsSource.FRESH, out, err);
    }

    /**
     * Checks as {@link #run(String[], Map, Properties, PrintStream, PrintStream)} does for a command run in
     * {@code workingDirectory} (a relative FILE or jobs folder is read from there), with the definitions from
     * {@code definitions}: what a resident checker answers for a command typed in another process.
     */
    static int run(String[] args, Map<String, String> environment, Properties system, Path workingDirectory,
                   DefinitionsSource definitions, PrintStream out, PrintStream err) {
        List<String> words = words(args);
        if (words.size() != 2) {
            return usage("check needs one FILE", err);
        }
        Path file = workingDirectory.resolve(words.get(1));
        if (!Files.isRegularFile(file)) {
            return usage("no such file: " + words.get(1), err);
        }
        // the file is hashed on a thread of its own while the definitions are read: on a long return it takes as long
        FutureTask<String> sha256 = new FutureTask<>(() -> Sha256.of(file));
        Thread hashing = new Thread(sha256, "sha-256");
        hashing.setDaemon(true);
        hashing.start();
        try {
            CheckSettings settings = CheckSettings.resolve(args, environment, system);
            PipelineDefinitions loaded = definitions.load(workingDirectory.resolve(settings.jobsDir()),
                    settings.limits());
            CheckReport report = new ReturnChecker(loaded.opener()).check(file, hash(sha256));
            return print(report, json(args), out);
        } catch (IOException e) {
            err.println("returns-pipeline: cannot read " + file + ": " + PlainReasons.of(e));
            return 1;
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            // a setting or a definition in jobs/ that cannot be used: the application would not start either
            err.println("returns-pipeline: " + e.getMessage());
            return 1;
        }
    }

    /** Where {@code check} takes the definitions of a jobs folder from, read within these limits. */
    @FunctionalInterface
    interface DefinitionsSource {

        /** Reads them afresh, as a command run once does. */
        DefinitionsSource FRESH = PipelineDefinitions::load;

        PipelineDefinitions load(Path jobsDir, ReadLimits limits);
    }

    private static String hash(FutureTask<String> sha256) throws IOException {
        try {
            return sha256.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException cause) {
                throw cause;
            }
            throw new IllegalStateException("Cannot hash the file", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while hashing the file", e);
        }
    }

    /** Prints a check for a person, or as one JSON document, and returns its exit code. */
    static int print(CheckReport report, boolean json, PrintStream out) {
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(report));
        } else {
            CheckPrinter.print(report, out);
        }
        return report.accepted() ? 0 : 2;
    }

    private static boolean json(String[] args) {
        for (String arg : args) {
            if (arg.equals("--json") || arg.startsWith("--json=")) {
                return true;
            }
        }
        return false;
    }

    /** The words that are not options, as the application reads them (the values of --period and --rows are not words). */
    private static List<String> words(String[] args) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--period") || args[i].equals("--rows")) {
                i++;
            } else if (!args[i].startsWith("--")) {
                words.add(args[i]);
            }
        }
        return words;
    }

    private static int usage(String problem, PrintStream err) {
        err.println("returns-pipeline: " + problem);
        err.println(PipelineCommandLine.USAGE);
        return PipelineCommandLine.USAGE_ERROR;
    }
}
