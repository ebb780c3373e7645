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
import java.util.concurrent.TimeUnit;

/**
 * {@code check}'s start-up as a person meets it: the wall time of {@code check} on a sample as a child process, the
 * way the build is run ({@code bin/returns-pipeline}, else {@code java -jar}, else the classes on this classpath),
 * against a plain JVM that prints "hello"; each once untimed, then the median of {@code runs}. Each child runs in an
 * empty folder of its own, and {@code check} must leave it empty.
 */
public final class StartupStage {

    /** The stage's name, as {@code --stages} takes it. */
    static final String NAME = "startup";
    private static final String SAMPLE = "input-samples/resources-procurement-2016-01.xlsx";

    private final Path home;
    private final int runs;

    /** The stage over the build in {@code home} (the folder of pom.xml), timing {@code runs} runs of each. */
    public StartupStage(Path home, int runs) {
        this.home = home;
        this.runs = runs;
    }

    /** What the stage found: medians in milliseconds, and how {@code check} was run. */
    public record Result(double checkMs, double jvmMs, int runs, String how) {

        /** The line the table prints. */
        public String describe() {
            return String.format(Locale.ROOT, "check start-up: %,.0f ms, %.1f x JVM (a plain JVM printing hello: %,.0f ms;"
                    + " medians of %d runs of %s)", checkMs, checkMs / jvmMs, jvmMs, runs, how);
        }
    }

    /** Times both; fails when check does not accept or reject the sample, or leaves a file behind. */
    public Result measure(PrintStream out) throws IOException, InterruptedException {
        Path sample = home.resolve(SAMPLE);
        if (!Files.isRegularFile(sample)) {
            throw new IOException("no sample to check at " + sample);
        }
        List<String> check = checkCommand(sample);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> hello = List.of(java, "-cp", codeSource(JvmHello.class).toString(), JvmHello.class.getName());
        double checkMs = median(check, true);
        double jvmMs = median(hello, false);
        return new Result(checkMs, jvmMs, runs, String.join(" ", check.subList(check.size() - 3, check.size()))
                .replace(home + File.separator, ""));
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

    private double median(List<String> command, boolean isCheck) throws IOException, InterruptedException {
        List<Double> millis = new ArrayList<>();
        for (int run = -1; run < runs; run++) {
            Path folder = Files.createTempDirectory("returns-bench-startup");
            try {
                long start = System.nanoTime();
                Process process = new ProcessBuilder(command).directory(folder.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
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
                if (run >= 0) {
                    millis.add(elapsed);
                }
            } finally {
                DeletedTree.delete(folder);
            }
        }
        return BenchRuns.medianOf(millis);
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
