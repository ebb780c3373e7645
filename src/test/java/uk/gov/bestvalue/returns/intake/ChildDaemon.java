package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;

/**
 * {@code serve} (or another command) in a child JVM of the fault tests, working in a folder of its own choosing against a database that
 * outlives it, its output kept in {@code target/<logs>/<name>.log}; killed with SIGKILL (no shutdown hook, no flush).
 */
record ChildDaemon(String name, Process process, Path log) {

    /** Starts {@code serve} with these settings (system properties) and waits until it has started. */
    static ChildDaemon start(Path home, String logs, String name, Map<String, String> settings) throws Exception {
        return start(home, logs, name, settings, List.of("serve"));
    }

    /** Starts a command ({@code serve}, {@code monthly --period ...}) and waits until its application has started. */
    static ChildDaemon start(Path home, String logs, String name, Map<String, String> settings, List<String> arguments)
            throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
                // the test classpath switches the command line off for the tests in this JVM; the child is the jar
                "-Dpipeline.cli.enabled=true",
                // serve's page on a free port: two children, or a child beside another test's page, never collide
                "-Dpipeline.web.port=0"));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ReturnsPipelineApplication.class.getName()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        // the settings of the machine running the tests are not the test's
        builder.environment().keySet().removeIf(key -> key.toUpperCase().startsWith("PIPELINE_")
                || key.toUpperCase().startsWith("SPRING_"));
        Process process = builder.start();
        CompletableFuture<Void> ready = new CompletableFuture<>();
        Path log = Files.createDirectories(Path.of("target", logs)).resolve(name + ".log");
        Thread reader = new Thread(() -> copy(process, log, ready), name + "-output");
        reader.setDaemon(true);
        reader.start();
        ready.get(180, TimeUnit.SECONDS);
        return new ChildDaemon(name, process, log);
    }

    private static void copy(Process process, Path log, CompletableFuture<Void> ready) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8)); Writer out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                out.write(line);
                out.write('\n');
                out.flush();
                if (line.contains("Started ReturnsPipelineApplication")) {
                    ready.complete(null);
                }
            }
            ready.completeExceptionally(new IllegalStateException("The child stopped before it started; see " + log));
        } catch (IOException e) {
            ready.completeExceptionally(new UncheckedIOException(e));
        }
    }

    /** The lines of its output holding this text. */
    long linesWith(String text) throws IOException {
        try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
            return lines.filter(line -> line.contains(text)).count();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no finally, no flush. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("%s died", name).isTrue();
    }

    /** Copies the runtime definitions into the children's working folder. */
    static void copyJobs(Path home) throws IOException {
        Path source = Path.of("jobs");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.toList()) {
                Path target = home.resolve("jobs").resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
