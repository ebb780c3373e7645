package uk.gov.bestvalue.returns.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code check --json} on each file named, one after another in this one JVM (started with a small heap by the
 * test), and prints a line per file: its name, exit code, milliseconds, the reason and the first line of standard
 * error, tab-separated. A check that takes longer than its limit is reported as such and the next file goes on.
 */
public final class CheckEach {

    private CheckEach() {
    }

    public static void main(String[] files) throws Exception {
        JsonMapper json = JsonMapper.builder().build();
        for (String file : files) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            long started = System.nanoTime();
            CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> CheckCommand.run(
                    new String[] {"check", file, "--json"}, Map.of(), new Properties(),
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
            String code;
            try {
                code = String.valueOf(exit.get(20, TimeUnit.SECONDS));
            } catch (TimeoutException e) {
                code = "timeout";
            } catch (Exception e) {
                code = "threw " + e.getCause();
            }
            long ms = (System.nanoTime() - started) / 1_000_000;
            String reason = "";
            String printed = out.toString(StandardCharsets.UTF_8);
            if (printed.startsWith("{")) {
                JsonNode report = json.readTree(printed);
                reason = report.path("status").asString() + ": " + report.path("reason").asString("");
            }
            String error = err.toString(StandardCharsets.UTF_8);
            System.out.println(String.join("\t", file, code, String.valueOf(ms), oneLine(reason), oneLine(error)));
            System.out.flush();
        }
        System.exit(0);
    }

    private static String oneLine(String text) {
        return text.replace("\t", " ").replace("\r", " ").replace("\n", " / ").trim();
    }
}
