package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/**
 * Under serve, a file dropped in a local inbox is claimed within seconds of its last write, not at the next 30 s
 * poll; a copy that pauses is not taken half-written.
 */
@SpringBootTest
class InboxEventsIntegrationTests extends PipelineIntegrationTest {

    private static final String HEALTH = "health-procurement-2016-01.csv";
    /** The promise is 5 s; a shared CI machine is given more, as its threads may wait for a core. */
    private static final long BOUND_MILLIS = System.getenv("CI") == null ? 5_000 : 15_000;

    @Autowired
    InboxEvents events;

    @Test
    void aDroppedFileIsClaimedWithinSecondsOfItsLastWrite() throws Exception {
        try (AutoCloseable watching = events.start()) {
            // given a copy into the inbox that pauses half-way for a second and a half
            Path dropped = folders.inbox().resolve(HEALTH);
            byte[] whole = Files.readAllBytes(PipelineTestSupport.SAMPLES.resolve(HEALTH));
            try (OutputStream out = Files.newOutputStream(dropped)) {
                out.write(Arrays.copyOf(whole, whole.length / 2));
                out.flush();
                Thread.sleep(1_500);
                // then the half-written file is still there
                assertThat(dropped).exists();
                out.write(whole, whole.length / 2, whole.length - whole.length / 2);
            }
            long lastWrite = Files.getLastModifiedTime(dropped).toMillis();

            // when the copy has finished, the file leaves the inbox (claimed) soon after
            long claimed = waitUntilGone(dropped, lastWrite + 60_000);
            assertThat(claimed - lastWrite).as("milliseconds from the last write to the claim")
                    .isLessThanOrEqualTo(BOUND_MILLIS);

            // and it was taken whole: the return's eight contracts are loaded
            long deadline = System.currentTimeMillis() + 60_000;
            while (count("SELECT COUNT(*) FROM contract_fact") < 8 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(count("SELECT COUNT(*) FROM contract_fact")).isEqualTo(8);
        }
    }

    private static long waitUntilGone(Path file, long deadline) throws InterruptedException, IOException {
        while (Files.exists(file)) {
            if (System.currentTimeMillis() > deadline) {
                throw new IOException(file + " was never claimed");
            }
            Thread.sleep(20);
        }
        return System.currentTimeMillis();
    }
}
