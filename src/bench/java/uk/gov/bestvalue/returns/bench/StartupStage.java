package uk.gov.bestvalue.returns.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * {@code check}'s start-up as a person meets it: the wall time of {@code check} on a sample as a child process, the
 * way the build is run ({@code bin/returns-pipeline}, else {@code java -jar}, else the classes on this classpath),
 * against a plain JVM that prints "hello" and against openpyxl reading the same file, where Python has it; each once
 * untimed, then the median of {@code runs}. Through {@code bin/returns-pipeline} it times three ways: the check in a
 * JVM of its own (no resident checker), the first check, which starts a resident checker, and the checks it answers.
 * Each child runs in an empty folder of its own, and {@code check} must leave it empty.
 */
public final class StartupStage {

    /** The stage's name, as {@code --stages} takes it. */
    static final String NAME = "startup";
    /** The variable that turns resident checkers off or sets how long they wait (see cli.CheckClient). */
    private static final String RESIDENT_CHECKER = "RETURNS_CHECK_DAEMON";
    private static final String SAMPLE = "input-samples/resources-procurement-2016-01.xlsx";
    /** openpyxl's fastest full read: read-only, values only, every row of every sheet. */
    private static final String OPENPYXL_READ = "import sys, openpyxl\n"
            + "book = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)\n"
            + "for sheet in book.worksheets:\n"
            + "    for row in sheet.iter_rows(values_only=True):\n"
            + "        pass\n";

    private final Path home;
    private final int runs;

    /** The stage over the build in {@code home} (the folder of pom.xml), timing {@code runs} runs of each. */
    public StartupStage(Path home, int runs) {
        this.home = home;
        this.runs = runs;
    }

    /**
     * What the stage found: medians in milliseconds (NaN where not measured), and how {@code check} was run.
     *
     * @param checkMs     check in a JVM of its own
     * @param firstMs     the first check through bin/returns-pipeline, which starts a resident checker
     * @param residentMs  a check the resident checker answers
     * @param openpyxlMs  openpyxl reading the same file
     */
    public record Result(double checkMs, double firstMs, double residentMs, double jvmMs, double openpyxlMs, int runs,
                         String how) {

        /** The lines the table prints. */
        public String describe() {
            StringBuilder lines = new StringBuilder(String.format(Locale.ROOT, "check start-up: %,.0f ms, %.1f x JVM"
                    + " (a plain JVM printing hello: %,.0f ms; medians of %d runs of %s on Java %s)", checkMs,
                    checkMs / jvmMs, jvmMs, runs, how, Runtime.version()));
            if (!Double.isNaN(residentMs)) {
                lines.append(String.format(Locale.ROOT, "%ncheck answered by a resident checker: %,.0f ms, %.1f x JVM"
                        + " (the first check, which starts it: %,.0f ms)", residentMs, residentMs / jvmMs, firstMs));
            }
            if (Double.isNaN(openpyxlMs)) {
                lines.append(String.format("%ncheck / openpyxl: n/a (no python3 with openpyxl here)"));
            } else {
                lines.append(String.format(Locale.ROOT, "%ncheck / openpyxl reading the same file: %.2f in a JVM of its"
                        + " own%s (openpyxl: %,.0f ms; target: at most 1.5)", checkMs / openpyxlMs,
                        Double.isNaN(residentMs) ? "" : String.format(Locale.ROOT, ", %.2f answered by a resident "
                                + "checker", residentMs / openpyxlMs), openpyxlMs));
            }
            return lines.toString();
        }
    }

    /** Times them all; fails when check does not accept or reject the sample, or leaves a file behind. */
    public Result measure(PrintStream out) throws IOException, InterruptedException {
        Path sample = home.resolve(SAMPLE);
        if (!Files.isRegularFile(sample)) {
            throw new IOException("no sample to check at " + sample);
        }
        List<String> check = checkCommand(sample);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> hello = List.of(java, "-cp", codeSource(JvmHello.class).toString(), JvmHello.class.getName());
        boolean script = check.get(0).endsWith("returns-pipeline");
        double checkMs = median(check, true, Map.of(RESIDENT_CHECKER, "off"), false);
        double firstMs = Double.NaN;
        double residentMs = Double.NaN;
        if (script) {
            // each first check in a runtime folder of its own, so that none finds another's resident checker
            firstMs = median(check, true, Map.of(RESIDENT_CHECKER, "2s"), true);
            Path runtime = Files.createTempDirectory("returns-bench-resident");
            try {
                Map<String, String> resident = Map.of(RESIDENT_CHECKER, "5s", "XDG_RUNTIME_DIR",
                        runtime.toString());
                run(check, true, resident, null);
                awaitResidentChecker(runtime, true);
                residentMs = median(check, true, resident, false);
            } finally {
                DeletedTree.delete(runtime);
            }
        }
        double jvmMs = median(hello, false, Map.of(), false);
        Optional<String> python = pythonWithOpenpyxl();
        double openpyxlMs = python.isEmpty() ? Double.NaN
                : median(List.of(python.get(), "-W", "ignore", "-c", OPENPYXL_READ, sample.toString()), false,
                        Map.of(), false);
        return new Result(checkMs, firstMs, residentMs, jvmMs, openpyxlMs, runs,
                String.join(" ", check.subList(check.size() - 3, check.size())).replace(home + File.separator, ""));
    }

    private List<String> checkCommand(Path sample) throws IOException {
        Path script = home.resolve("bin/returns-pipeline");
        Path jar = home.resolve("target/returns-pipeline.jar");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        if (Files.isExecutable(script) && Files.isRegularFile(jar)) {
            return List.of(script.toString(), "check", sample.toString());
        }
        if (Files.isRegularFile(jar)) {
            return List.of(java, "-jar", jar.toString(), "check", sample.toString());
        }
        // before the jar is packaged (the tests): the product's classes as they are on this classpath
        return List.of(java, "-cp", System.getProperty("java.class.path"),
                "uk.gov.bestvalue.returns.ReturnsPipelineApplication", "check", sample.toString());
    }

    /** The first of python3 on the path and the system's own that has openpyxl, if any. */
    private static Optional<String> pythonWithOpenpyxl() throws InterruptedException {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            try {
                Process probe = new ProcessBuilder(python, "-c", "import openpyxl")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                    return Optional.of(python);
                }
                probe.destroyForcibly();
            } catch (IOException notThere) {
                // try the next
            }
        }
        return Optional.empty();
    }

    /**
     * The median wall time of {@code runs} runs after one untimed, each in an empty folder it must leave empty, with
     * these variables set; with {@code ownRuntimeFolder}, each run in a runtime folder (XDG_RUNTIME_DIR) of its own,
     * and the next run only once the resident checker it started has stopped, so that it slows no other.
     */
    private double median(List<String> command, boolean isCheck, Map<String, String> environment,
                          boolean ownRuntimeFolder) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int run = -1; run < runs; run++) {
            Path runtime = ownRuntimeFolder ? Files.createTempDirectory("returns-bench-runtime") : null;
            try {
                double elapsed = run(command, isCheck, environment, runtime);
                if (runtime != null) {
                    awaitResidentChecker(runtime, true);
                    awaitResidentChecker(runtime, false);
                }
                if (run >= 0) {
                    millis.add(elapsed);
                }
            } finally {
                if (runtime != null) {
                    DeletedTree.delete(runtime);
                }
            }
        }
        return BenchRuns.medianOf(millis);
    }

    /** One run's wall time in milliseconds, in an empty folder it must leave empty; fails on an unexpected exit. */
    private double run(List<String> command, boolean isCheck, Map<String, String> environment, Path runtime)
            throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("returns-bench-startup");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
            // bin/returns-pipeline on this JDK, as the plain JVM it is compared with
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().putAll(environment);
            if (runtime != null) {
                builder.environment().put("XDG_RUNTIME_DIR", runtime.toString());
            }
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("still running after 120 s: " + String.join(" ", command));
            }
            double elapsed = (System.nanoTime() - start) / 1e6;
            int exit = process.exitValue();
            if (isCheck ? exit != 0 && exit != 2 : exit != 0) {
                throw new IOException("exit code " + exit + " from " + String.join(" ", command));
            }
            try (var left = Files.list(folder)) {
                List<Path> files = left.toList();
                if (!files.isEmpty()) {
                    throw new IOException(String.join(" ", command) + " left files behind: " + files);
                }
            }
            return elapsed;
        } finally {
            DeletedTree.delete(folder);
        }
    }

    /** Waits (30 s at most) until a resident checker listens in this runtime folder, or until none does. */
    private static void awaitResidentChecker(Path runtime, boolean listening) throws IOException, InterruptedException {
        Path sockets = runtime.resolve("returns-pipeline");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            boolean found = false;
            if (Files.isDirectory(sockets)) {
                try (var files = Files.list(sockets)) {
                    found = files.anyMatch(file -> file.getFileName().toString().endsWith(".sock"));
                }
            }
            if (found == listening) {
                return;
            }
            Thread.sleep(20);
        }
        throw new IOException("no resident checker " + (listening ? "started" : "stopped") + " in " + runtime);
    }

    /** The folder or jar a class was loaded from. */
    static Path codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
