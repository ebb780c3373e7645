package uk.gov.bestvalue.returns.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Times a reading stage in JVMs of its own ({@link ReadStageMain}), with this JVM's heap limit, heap and compiler
 * options and class path, so that no stage runs on code the JIT compiled for another: as a benchmark harness forks a
 * JVM for each benchmark. It forks several and keeps the median for a reader (the same reader on the same file took
 * 6.1 s in most JVMs and 8.4 to 9.3 s in some, a million rows each timed once, as the JIT's choices fell) and the
 * fastest for a floor (the Aalto floor took 4.1 s in one JVM and 6.3 s in two, on a million rows).
 */
final class ForkedStage {

    private static final long LIMIT_MINUTES = 30;

    private final int rows;
    private final BenchRuns runs;
    private final int forks;

    ForkedStage(int rows, BenchRuns runs, int forks) {
        this.rows = rows;
        this.runs = runs;
        this.forks = forks;
    }

    /**
     * The median of the stage's results in its JVMs (the fastest for a floor), with each JVM's time in its note when
     * there were several; a stage that fails, or takes so long that it is timed once, is not forked again.
     */
    StageResult time(String name, Path file) {
        List<StageResult> results = new ArrayList<>();
        for (int fork = 0; fork < forks; fork++) {
            StageResult result = timeInOwnJvm(name, file);
            results.add(result);
            if (!result.finished() || result.note() != null) {
                return result;
            }
        }
        if (results.size() == 1) {
            return results.get(0);
        }
        List<StageResult> bySeconds = results.stream().sorted(Comparator.comparing(StageResult::seconds)).toList();
        // a floor is the fastest the machine went (a JIT's poorer choices in one JVM are not the floor's); a reader
        // is what it usually takes
        boolean floor = ReadStages.isFloor(name);
        StageResult shown = floor ? bySeconds.get(0) : bySeconds.get(bySeconds.size() / 2);
        double peak = results.stream().mapToDouble(StageResult::peakHeapMb).max().orElse(0);
        String each = results.stream().map(result -> String.format(Locale.ROOT, "%.3f", result.seconds()))
                .collect(Collectors.joining(", "));
        return new StageResult(name, shown.seconds(), rows, peak, (floor ? "fastest" : "median") + " of "
                + results.size() + " JVMs: " + each + " s");
    }

    /** The stage's result as its own JVM measured it; a JVM that fails or prints no result is reported as failed. */
    private StageResult timeInOwnJvm(String name, Path file) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m"));
        command.addAll(heapAndCompilerOptions());
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReadStageMain.class.getName(), name,
                file.toString(), String.valueOf(rows), String.valueOf(runs.warmUp()), String.valueOf(runs.timed())));
        try {
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            }
            if (!process.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return failed(name, "still running after " + LIMIT_MINUTES + " minutes");
            }
            for (String line : lines) {
                String[] fields = line.split("\t", 4);
                if (fields.length == 4 && fields[0].equals(ReadStageMain.RESULT)) {
                    return new StageResult(name, fields[1].equals("-") ? null : Double.valueOf(fields[1]), rows,
                            Double.parseDouble(fields[2]), fields[3].equals("-") ? null : fields[3]);
                }
            }
            return failed(name, "its JVM exited with " + process.exitValue() + " and no result");
        } catch (IOException e) {
            return failed(name, "its JVM could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failed(name, "interrupted");
        }
    }

    /**
     * The options this JVM was started with that change how fast a reader runs (heap sizes, collector, compiler), so
     * that each stage runs as the benchmark was asked to run; not a recording or an agent.
     */
    private static List<String> heapAndCompilerOptions() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(option -> option.startsWith("-Xm") || option.startsWith("-Xss") || option.startsWith("-XX:"))
                .filter(option -> !option.startsWith("-Xmx") && !option.contains("FlightRecord")
                        && !option.contains("Dump") && !option.contains("ErrorFile"))
                .toList();
    }

    private StageResult failed(String name, String why) {
        return new StageResult(name, null, rows, 0, "failed: " + why);
    }
}
