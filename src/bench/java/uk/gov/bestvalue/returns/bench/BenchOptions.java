package uk.gov.bestvalue.returns.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the benchmark is asked to do, from its command line. The defaults finish in a few minutes: 100,000 rows and a
 * ledger of as many lines, each stage warmed up once then timed three times, check's start-up timed five times.
 *
 * @param rows         the generated return's rows
 * @param ledgerLines  the ledger's lines (0: as many as the rows; below zero: no ledger stages)
 * @param mysql        whether the database is the local MySQL or MariaDB server rather than an embedded H2 file
 * @param runs         how often each stage runs
 * @param startupRuns  how often check's start-up is timed
 * @param stages       only these stages, when not empty
 * @param filesDir     where to keep the generated files and reuse them next time (blank: a temporary folder)
 * @param forks        the JVMs each reading stage is timed in, the median of theirs kept
 */
public record BenchOptions(int rows, int ledgerLines, boolean mysql, BenchRuns runs, int startupRuns,
                           List<String> stages, String filesDir, int forks) {

    /** Printed for --help and after a usage error. */
    public static final String USAGE = """
            usage: java -jar target/returns-pipeline-bench.jar [options]
              --rows N            the generated return's rows (default 100000)
              --ledger-lines N    the spend ledger's lines (default: as many as --rows; -1: no ledger stages)
              --db h2|mysql       h2 (default): an H2 file in a temporary folder of the benchmark's own;
                                  mysql: the database returns_bench on the server at 127.0.0.1:3306 (root, no password),
                                  created and dropped by the benchmark
              --runs N            timed runs of each stage, after one warm-up (default 3); the median is kept
              --no-warm-up        no untimed run first (for the long runs)
              --forks N           JVMs each reading stage is timed in (default 3); the median of theirs is kept
              --startup-runs N    timed runs of check's start-up and of a plain JVM (default 5)
              --stages A;B        only the stages named (separated by semicolons), e.g. "ours, read only;startup"
              --files-dir DIR     keep the generated files in DIR and reuse them on the next run""";

    /** The options a command line gives; throws IllegalArgumentException, saying why, on one it does not take. */
    public static BenchOptions parse(String... args) {
        int rows = 100_000;
        int ledgerLines = 0;
        boolean mysql = false;
        int runs = 3;
        boolean warmUp = true;
        int startupRuns = 5;
        int forks = 3;
        List<String> stages = List.of();
        String filesDir = "";
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            // --name=value is read as --name value
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                words.add(arg.substring(0, equals));
                words.add(arg.substring(equals + 1));
            } else {
                words.add(arg);
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith("--spring.") || word.startsWith("--pipeline.")) {
                throw new IllegalArgumentException(word + ": the benchmark runs on a database and folders of its own "
                        + "and takes no application settings");
            }
            switch (word) {
                case "--no-warm-up" -> warmUp = false;
                case "--rows", "--ledger-lines", "--db", "--runs", "--startup-runs", "--stages", "--files-dir",
                     "--forks" -> {
                    if (i + 1 == words.size()) {
                        throw new IllegalArgumentException(word + " needs a value");
                    }
                    String value = words.get(++i);
                    switch (word) {
                        case "--rows" -> rows = number(word, value, 1);
                        case "--ledger-lines" -> ledgerLines = number(word, value, Integer.MIN_VALUE);
                        case "--runs" -> runs = number(word, value, 1);
                        case "--startup-runs" -> startupRuns = number(word, value, 1);
                        case "--forks" -> forks = number(word, value, 1);
                        case "--stages" -> stages = Arrays.stream(value.split(";")).map(String::trim)
                                .filter(name -> !name.isEmpty()).toList();
                        case "--files-dir" -> filesDir = value;
                        default -> {
                            if (!value.equals("h2") && !value.equals("mysql")) {
                                throw new IllegalArgumentException("--db must be h2 or mysql, not '" + value + "'");
                            }
                            mysql = value.equals("mysql");
                        }
                    }
                }
                default -> throw new IllegalArgumentException("unknown option '" + word + "'");
            }
        }
        return new BenchOptions(rows, ledgerLines, mysql, new BenchRuns(warmUp, runs), startupRuns, stages, filesDir,
                forks);
    }

    private static int number(String option, String value, int least) {
        int number;
        try {
            number = Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
        if (number < least) {
            throw new IllegalArgumentException(option + " must be at least " + least);
        }
        return number;
    }
}
