package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code check} answered by a resident checker, as {@code bin/returns-pipeline} runs it: the same bytes and exit code
 * as the command run alone, with the caller's folder, settings and edited definitions; and a checker that steps
 * aside, stops when idle, removes its socket, and is never used from a folder others could open.
 */
class ResidentCheckerTests {

    /** Stands for the application's class path: it names the socket, and the tests' checkers run in this JVM. */
    private static final String CLASS_PATH = "target/classes";

    @TempDir
    Path runtime;

    private ResidentChecker checker;
    private CompletableFuture<Void> serving;

    @AfterEach
    void stopTheChecker() throws Exception {
        if (checker != null) {
            checker.stop();
            serving.get(10, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "input-samples/resources-procurement-2016-01.xlsx | --json",
            "input-samples/adults-procurement-2016-01.xls     | --json",
            "input-samples/health-procurement-2016-01.csv     | ''",
            "input-samples/corporate-milestones-2016-01.xlsx  | ''",
            "input-samples/corrupt-procurement-2016-01.xlsx   | ''",
            "input-samples/staff-survey-2016-01.xlsx          | --json",
            "no-such-file.xlsx                                | ''"})
    void aCheckItAnswersIsTheCheckTheCommandMakesAlone(String file, String option) {
        // given a resident checker listening
        startChecker(Duration.ofMinutes(1));
        String[] args = option.isEmpty() ? new String[] {"check", file} : new String[] {"check", file, option};

        // when the same command line is answered by it and run alone
        Printed answered = throughTheChecker(Map.of(), args);
        Printed alone = alone(Map.of(), args);

        // then both printed the same bytes and exit with the same code
        assertThat(answered.exitCode()).isNotEqualTo(CheckClient.NOT_ANSWERED).isEqualTo(alone.exitCode());
        assertThat(answered.out()).isEqualTo(alone.out());
        assertThat(answered.err()).isEqualTo(alone.err());
    }

    @Test
    void aRelativeFileAndJobsFolderAreReadFromTheFolderTheCheckWasTypedIn(@TempDir Path typedIn) throws IOException {
        // given a folder holding a sample and a jobs folder that no longer knows the sample's directorate
        Files.copy(Path.of("input-samples/resources-procurement-2016-01.xlsx"), typedIn.resolve("return.xlsx"));
        copyTree(Path.of("jobs"), typedIn.resolve("our-jobs"));
        withoutResources(typedIn.resolve("our-jobs/owners.yml"));
        startChecker(Duration.ofMinutes(1));

        // when a check naming both relatively is typed there
        String[] args = {"check", "return.xlsx", "--pipeline.jobs-dir=our-jobs"};
        CheckExchange.Request request = CheckExchange.Request.of(args, typedIn.toString(), "UTF-8", Map.of(),
                new Properties());
        CheckExchange.Reply reply = CheckClient.send(socket(), request).orElseThrow();

        // then the file was found, and checked against those definitions, not the packaged ones
        String printed = new String(reply.out(), StandardCharsets.UTF_8);
        assertThat(printed).startsWith("return.xlsx (sha-256 ").contains("procurement-contracts")
                .doesNotContain("from resources");
    }

    @Test
    void theSettingsOfTheCallersEnvironmentTravelWithTheCheck() {
        // given a resident checker, and a limit below the sample's size set as a person sets it
        startChecker(Duration.ofMinutes(1));
        Map<String, String> environment = Map.of("PIPELINE_MAX_FILE_BYTES", "1000");

        // when
        Printed answered = throughTheChecker(environment, "check", "input-samples/resources-procurement-2016-01.xlsx");

        // then the file is rejected unread, as it is without the resident checker
        assertThat(answered.exitCode()).isEqualTo(2);
        assertThat(answered.out()).contains("REJECTED:", "more than the 0 MB limit");
        assertThat(answered).isEqualTo(alone(environment, "check", "input-samples/resources-procurement-2016-01.xlsx"));
    }

    @Test
    void anEditedDefinitionAppliesToTheVeryNextCheck(@TempDir Path jobs) throws IOException {
        // given a jobs folder of its own, and the sample checked against it once
        copyTree(Path.of("jobs"), jobs);
        startChecker(Duration.ofMinutes(1));
        String[] args = {"check", "input-samples/resources-procurement-2016-01.xlsx", "--pipeline.jobs-dir=" + jobs};
        assertThat(throughTheChecker(Map.of(), args).out()).contains("Recognised as procurement-contracts from "
                + "resources");

        // when the Resources directorate is taken out of owners.yml
        withoutResources(jobs.resolve("owners.yml"));

        // then the next check no longer finds whose the file is, exactly as a check alone says
        Printed answered = throughTheChecker(Map.of(), args);
        assertThat(answered.out()).doesNotContain("from resources");
        assertThat(answered).isEqualTo(alone(Map.of(), args));
    }

    @Test
    void aSecondCheckerForTheSameSocketStepsAsideAndTheFirstStillAnswers() throws Exception {
        // given a resident checker listening
        startChecker(Duration.ofMinutes(1));

        // when a second one starts for the same build (two checks typed at once may each start one)
        ResidentChecker second = new ResidentChecker(socket(), Duration.ofMinutes(1));
        CompletableFuture<Void> secondServing = CompletableFuture.runAsync(() -> serve(second));

        // then it returns at once, and the first still answers
        secondServing.get(10, TimeUnit.SECONDS);
        assertThat(throughTheChecker(Map.of(), "check", "input-samples/health-procurement-2016-01.csv").exitCode())
                .isNotEqualTo(CheckClient.NOT_ANSWERED);
    }

    @Test
    void anIdleCheckerStopsAndRemovesItsSocketAndLock() throws Exception {
        // given a checker that waits one second for the next check, which has answered one
        startChecker(Duration.ofSeconds(1));
        assertThat(throughTheChecker(Map.of(), "check", "input-samples/health-procurement-2016-01.csv").exitCode())
                .isZero();
        assertThat(socket().socket()).exists();

        // when nobody asks again
        serving.get(10, TimeUnit.SECONDS);
        checker = null;

        // then it has stopped and left nothing in the runtime folder
        assertThat(socket().socket()).doesNotExist();
        assertThat(socket().lock()).doesNotExist();
    }

    @Test
    void aSocketLeftByAKilledCheckerIsReplaced() throws Exception {
        // given the socket file of a checker that died without removing it
        Files.writeString(socket().socket(), "");

        // when a checker starts
        startChecker(Duration.ofMinutes(1));

        // then it listens there and answers
        assertThat(throughTheChecker(Map.of(), "check", "input-samples/health-procurement-2016-01.csv").exitCode())
                .isZero();
    }

    @Test
    void aRuntimeFolderOthersCanOpenIsNeverUsed() throws IOException {
        // given the checkers' folder opened to everyone
        Path folder = runtime.resolve("returns-pipeline");
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxrwxrwx"));

        // then no socket is offered there, and a check prints nothing and asks to be run alone
        assertThat(ResidentSocket.forThisBuild(Map.of(ResidentSocket.RUNTIME_FOLDER, runtime.toString()),
                CLASS_PATH)).isEmpty();
        Printed printed = throughTheChecker(Map.of(), "check", "input-samples/health-procurement-2016-01.csv");
        assertThat(printed).isEqualTo(new Printed(CheckClient.NOT_ANSWERED, "", ""));
    }

    @Test
    void anotherBuildOrOtherJvmOptionsOrTimeZoneHaveACheckerOfTheirOwn() {
        Map<String, String> plain = Map.of(ResidentSocket.RUNTIME_FOLDER, runtime.toString());
        Path socket = socket().socket();

        assertThat(ResidentSocket.forThisBuild(plain, CLASS_PATH).orElseThrow().socket()).isEqualTo(socket);
        assertThat(ResidentSocket.forThisBuild(plain, "target/test-classes").orElseThrow().socket())
                .isNotEqualTo(socket);
        for (String variable : new String[] {"JAVA_OPTS", "TZ", "LANG"}) {
            Map<String, String> environment = new HashMap<>(plain);
            environment.put(variable, "x");
            assertThat(ResidentSocket.forThisBuild(environment, CLASS_PATH).orElseThrow().socket()).as(variable)
                    .isNotEqualTo(socket);
        }
    }

    @Test
    void turnedOffACheckIsRunAlone() {
        // given a resident checker listening, and the setting turning it off
        startChecker(Duration.ofMinutes(1));

        // then the client does not ask it
        assertThat(throughTheChecker(Map.of(CheckClient.SETTING, "off"), "check",
                "input-samples/health-procurement-2016-01.csv")).isEqualTo(new Printed(CheckClient.NOT_ANSWERED, "", ""));
    }

    @Test
    void theSettingReadsAsMinutesSecondsOrOff() {
        assertThat(CheckClient.idle(null)).contains(CheckClient.DEFAULT_IDLE);
        assertThat(CheckClient.idle(" ")).contains(CheckClient.DEFAULT_IDLE);
        assertThat(CheckClient.idle("90s")).contains(Duration.ofSeconds(90));
        assertThat(CheckClient.idle("30m")).contains(Duration.ofMinutes(30));
        assertThat(CheckClient.idle("5")).contains(Duration.ofMinutes(5));
        assertThat(CheckClient.idle("OFF")).isEmpty();
        assertThat(CheckClient.idle("0")).isEmpty();
        assertThat(CheckClient.idle("soon")).contains(CheckClient.DEFAULT_IDLE);
    }

    @Test
    void aCheckerStartedAsTheScriptStartsOneAnswersTheNextCheckAndStopsWhenIdle(@TempDir Path logs) throws Exception {
        // given a checker started in a JVM of its own, as bin/returns-pipeline starts one after a check it ran alone
        String classPath = System.getProperty("java.class.path");
        String[] args = {"check", "input-samples/resources-procurement-2016-01.xlsx", "--json"};
        // (the checker's JVM has this JVM's variables, as the script's has the shell's)
        Map<String, String> environment = new HashMap<>(System.getenv());
        environment.put(ResidentSocket.RUNTIME_FOLDER, runtime.toString());
        environment.put(CheckClient.SETTING, "3s");
        Path said = logs.resolve("resident-checker.txt");
        Process started = residentCheckerProcess(classPath, environment, said, args);
        Path socket = ResidentSocket.forThisBuild(environment, classPath).orElseThrow().socket();

        // when the next check is typed, once the checker is up (until then the client answers "not answered", and
        // the script runs the check alone: on a busy machine the checker's JVM can take seconds to start listening)
        Properties system = new Properties();
        system.setProperty(CheckClient.CLASS_PATH_PROPERTY, classPath);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Printed next = print((out, err) -> CheckClient.run(args, environment, system, out, err));
        while (next.exitCode() == CheckClient.NOT_ANSWERED && started.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(50);
            next = print((out, err) -> CheckClient.run(args, environment, system, out, err));
        }

        // then the checker answers it as the command alone would
        assertThat(next.exitCode()).as("the checker (alive: %s) said: %s", started.isAlive(), Files.readString(said))
                .isNotEqualTo(CheckClient.NOT_ANSWERED);
        assertThat(next).isEqualTo(alone(Map.of(), args));
        // and, asked nothing more, it stops within its idle seconds, removing its socket
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).isZero();
        assertThat(socket).doesNotExist();
    }

    @Test
    void aCheckerStartedWhileTurnedOffExitsAtOnce() throws Exception {
        // when a checker is started with resident checkers turned off
        Process started = residentCheckerProcess(System.getProperty("java.class.path"),
                Map.of(ResidentSocket.RUNTIME_FOLDER, runtime.toString(), CheckClient.SETTING, "off"), null,
                "check", "input-samples/health-procurement-2016-01.csv");

        // then it stops without listening
        assertThat(started.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(started.exitValue()).isEqualTo(1);
        assertThat(runtime.resolve("returns-pipeline")).satisfiesAnyOf(
                folder -> assertThat(folder).doesNotExist(), folder -> assertThat(folder).isEmptyDirectory());
    }

    /**
     * {@code ResidentChecker FOLDER ARGS...} in a JVM of its own, with these variables, as the script starts it; what
     * it prints goes into {@code said} (nowhere when null, as the script sends it nowhere).
     */
    private static Process residentCheckerProcess(String classPath, Map<String, String> environment, Path said,
                                                  String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:+UseSerialGC", "-cp",
                classPath, ResidentChecker.class.getName(), Path.of("").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(said == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(said.toFile()));
        builder.environment().putAll(environment);
        return builder.start();
    }

    private void startChecker(Duration idle) {
        checker = new ResidentChecker(socket(), idle);
        ResidentChecker started = checker;
        serving = CompletableFuture.runAsync(() -> serve(started));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!isListening() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
    }

    private boolean isListening() {
        try (var channel = java.nio.channels.SocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            channel.connect(java.net.UnixDomainSocketAddress.of(socket().socket()));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void serve(ResidentChecker checker) {
        try {
            checker.serve();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ResidentSocket socket() {
        return ResidentSocket.forThisBuild(Map.of(ResidentSocket.RUNTIME_FOLDER, runtime.toString()), CLASS_PATH)
                .orElseThrow();
    }

    private Printed throughTheChecker(Map<String, String> settings, String... args) {
        Map<String, String> environment = new HashMap<>(settings);
        environment.put(ResidentSocket.RUNTIME_FOLDER, runtime.toString());
        environment.putIfAbsent(CheckClient.SETTING, "1m");
        Properties system = new Properties();
        system.setProperty(CheckClient.CLASS_PATH_PROPERTY, CLASS_PATH);
        return print((out, err) -> CheckClient.run(args, environment, system, out, err));
    }

    private static Printed alone(Map<String, String> environment, String... args) {
        return print((out, err) -> CheckCommand.run(args, environment, new Properties(), out, err));
    }

    private static Printed print(Command command) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = command.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Printed(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** owners.yml with the Resources directorate renamed out of recognition. */
    private static void withoutResources(Path owners) throws IOException {
        String edited = Files.readString(owners).replace("  - id: resources\n", "  - id: gone\n")
                .replace("name: Resources\n", "name: Gone\n")
                .replace("aliases: [Resources Directorate, Corporate Resources, RES]", "aliases: [Elsewhere]");
        assertThat(edited).isNotEqualTo(Files.readString(owners));
        Files.writeString(owners, edited);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @FunctionalInterface
    private interface Command {
        int run(PrintStream out, PrintStream err);
    }

    private record Printed(int exitCode, String out, String err) {
    }
}
