package uk.gov.bestvalue.returns.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run of {@code check}'s fast start (bin/make-cds-archive): checks several command lines one after
 * another in one JVM, printing nothing, so that the JVM can record every class they load (on a JDK with an
 * ahead-of-time cache, linked as well) into the archive the next checks start from.
 */
public final class CheckTraining {

    /** The word that separates two command lines. */
    static final String NEXT = ";";

    private CheckTraining() {
    }

    /**
     * {@code CheckTraining check A.xlsx --json ";" check B.xls ...}: exits 0 when every check ran to an answer
     * (accepted or rejected), else 1, so that a broken build makes no archive.
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        // as each check alone runs: its logging set up the same way, its output nowhere
        WarningsToStderr.apply();
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        int failed = 0;
        for (List<String> commandLine : commandLines(args)) {
            // a usage error exits 2 as a rejection does, but only it (or a failure) says anything on standard error
            ByteArrayOutputStream problems = new ByteArrayOutputStream();
            int code = CheckCommand.run(commandLine.toArray(String[]::new), System.getenv(), System.getProperties(),
                    nowhere, new PrintStream(problems, true, StandardCharsets.UTF_8));
            if (code != 0 && code != 2 || problems.size() > 0) {
                System.err.println("check-training: " + String.join(" ", commandLine) + " exited " + code + ": "
                        + problems.toString(StandardCharsets.UTF_8).strip());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }

    /** The command lines, split at each {@link #NEXT}; an empty one is skipped. */
    static List<List<String>> commandLines(String[] args) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals(NEXT)) {
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                line = new ArrayList<>();
            } else {
                line.add(arg);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
