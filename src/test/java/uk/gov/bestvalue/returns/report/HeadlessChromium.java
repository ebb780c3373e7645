package uk.gov.bestvalue.returns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.springframework.util.FileSystemUtils;

/**
 * The Debian {@code chromium} in headless mode, for tests that look at a page as a browser renders it. Absent,
 * the test is skipped, unless the environment variable {@code CI} is set: then it fails.
 */
final class HeadlessChromium {

    private static final List<Path> CANDIDATES = List.of(Path.of("/usr/bin/chromium"), Path.of("/usr/bin/chromium-browser"));

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** The browser, or the test skipped (failed on CI) when there is none. */
    static HeadlessChromium require() {
        Path found = CANDIDATES.stream().filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null && System.getenv("CI") != null) {
            throw new AssertionError("chromium is not installed, and CI is set: install the Debian package chromium");
        }
        Assumptions.assumeTrue(found != null, "chromium is not installed");
        return new HeadlessChromium(found);
    }

    /** The DOM after the page has loaded and rendered. */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(page, "--dump-dom");
    }

    /** A screenshot of the page in a window of the given size, as a PNG. */
    void screenshot(Path page, Path png, int width, int height) throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.deleteIfExists(png);
        run(page, "--screenshot=" + png.toAbsolutePath(), "--window-size=" + width + "," + height,
                "--hide-scrollbars");
    }

    private String run(Path page, String... options) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("chromium-profile");
        Path log = Files.createTempFile("chromium", ".log");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(List.of(options));
        command.add(page.toAbsolutePath().toUri().toString());
        try {
            Process process = new ProcessBuilder(command).redirectError(log.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            boolean ended = process.waitFor(120, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly();
            }
            assertThat(ended).as("chromium finished within 2 minutes").isTrue();
            assertThat(process.exitValue()).as("chromium's exit code; its log: %s", Files.readString(log)).isZero();
            return new String(out, StandardCharsets.UTF_8);
        } finally {
            FileSystemUtils.deleteRecursively(profile);
            Files.deleteIfExists(log);
        }
    }
}
