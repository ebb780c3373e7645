package uk.gov.bestvalue.returns.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.cli.CheckEach;

/**
 * {@code check} on every hostile file, one after another in one JVM of 256 MB, as a person with little memory to
 * spare would run it: each ends within 10 seconds with its exit code (0 accepted, 1 failed, 2 rejected or not a
 * file), a reason in plain words, no class name, no stack trace, and nothing read from outside the file.
 */
class HostileCheckTests {

    static final Pattern CLASS_NAME = Pattern.compile("[a-z]+\\.[a-z]+\\.[A-Z]\\w+(Exception|Error)");
    static final String HEAP = "-Xmx256m";

    @TempDir
    Path dir;

    @Test
    void everyHostileFileIsCheckedQuicklyWithAPlainReason() throws Exception {
        // given the corpus, and a folder and a named pipe as well
        Path corpus = dir.resolve("corpus");
        List<Path> files = new ArrayList<>(HostileFiles.write(corpus));
        files.addAll(HostileFiles.writeSpecial(corpus).stream().filter(p -> !Files.isSymbolicLink(p)).toList());

        // when they are checked in one child JVM with a small heap
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), HEAP, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CheckEach.class.getName()));
        files.forEach(f -> command.add(f.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(false);
        builder.environment().keySet().removeIf(name -> name.toUpperCase().startsWith("PIPELINE_"));
        Process process = builder.redirectError(dir.resolve("stderr.txt").toFile()).start();
        List<String> lines = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("\t")).toList();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();

        // then every file has its line, within 10 s, with an exit code of the convention and a plain reason
        print(lines);
        assertThat(lines).hasSize(files.size());
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            String name = Path.of(cells[0]).getFileName().toString();
            assertThat(cells[1]).as(name).isIn("0", "1", "2");
            assertThat(Long.parseLong(cells[2])).as(name + " ms").isLessThanOrEqualTo(10_000);
            String said = cells[3] + " " + cells[4];
            assertThat(said).as(name).doesNotContainPattern(CLASS_NAME).doesNotContain("at org.")
                    .doesNotContain("at java.").doesNotContain(HostileFiles.SECRET).doesNotContain("root:x:0");
            if (!cells[1].equals("0")) {
                assertThat(said.replace("rejected:", "").trim()).as(name + " says why").hasSizeGreaterThan(20);
            }
        }
        assertThat(lines).as("the corpus's zip bombs and limits are rejected, with the limit named")
                .anySatisfy(l -> assertThat(l).contains("bomb-ratio").contains("\t2\t").contains("the limit is 200 times"))
                .anySatisfy(l -> assertThat(l).contains("bomb-strings-declared").contains("12,000,000 shared strings"))
                .anySatisfy(l -> assertThat(l).contains("bomb-strings-counted").contains("more than 1,000,000 shared"))
                .anySatisfy(l -> assertThat(l).contains("encrypted-procurement-2016-01.xlsx").contains("password"))
                .anySatisfy(l -> assertThat(l).contains("many-sheets").contains("the limit is 250"));
    }

    static void print(List<String> lines) {
        System.out.println("hostile check, one JVM at " + HEAP + ": file | exit | ms | reason");
        long slowest = 0;
        String slowestName = "";
        for (String line : lines) {
            String[] cells = line.split("\t", -1);
            String name = Path.of(cells[0]).getFileName().toString();
            String reason = (cells[3] + " " + cells[4]).trim();
            System.out.printf("%-60.60s | %s | %6s | %.110s%n", name, cells[1], cells[2], reason);
            if (Long.parseLong(cells[2]) > slowest) {
                slowest = Long.parseLong(cells[2]);
                slowestName = name;
            }
        }
        System.out.println(lines.size() + " files; slowest " + slowestName + " in " + slowest + " ms");
    }
}
