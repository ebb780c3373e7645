package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/**
 * A mail server that accepts connections and never answers (not even its greeting) holds up no intake: the polls go
 * on loading files while the outbox's thread waits on it. The SMTP timeouts are set to 90 s, longer than a poll may
 * take here (60 s), on purpose: intake must not depend on them (a poll that sent mail itself would fail the test).
 */
@Tag("fault")
@SpringBootTest
class HangingMailServerIntegrationTests extends PipelineIntegrationTest {

    private static final List<Socket> ACCEPTED = new CopyOnWriteArrayList<>();
    private static final ServerSocket SILENT = silentServer();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", SILENT::getLocalPort);
        registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "90000");
        registry.add("spring.mail.properties.mail.smtp.timeout", () -> "90000");
        registry.add("spring.mail.properties.mail.smtp.writetimeout", () -> "90000");
    }

    @AfterAll
    static void closeServer() throws IOException {
        // the outbox's thread, still waiting, then sees the connection closed and keeps its emails for later
        for (Socket socket : ACCEPTED) {
            socket.close();
        }
        SILENT.close();
    }

    @Test
    void filesKeepBeingLoadedWhileTheMailServerNeverAnswers() throws Exception {
        // given a return loaded, whose emails the outbox's thread is now trying to hand to the silent server
        Duration first = pollUntilTaken("resources-procurement-2016-01.xlsx");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (ACCEPTED.isEmpty()) {
            assertThat(System.nanoTime()).as("the outbox connected to the mail server").isLessThan(deadline);
            Thread.sleep(50);
        }

        // when two more returns arrive
        Duration second = pollUntilTaken("childrens-procurement-2016-01.xlsx");
        Duration third = pollUntilTaken("place-procurement-2016-01.xlsx");

        // then each is loaded by its poll as if mail did not exist, and no email has got through
        System.out.printf("hanging mail server: polls took %d, %d and %d ms%n", first.toMillis(), second.toMillis(),
                third.toMillis());
        assertThat(count("SELECT COUNT(*) FROM load_batch WHERE status = 'CURRENT'")).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM outbox_email")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM outbox_email WHERE status = 'SENT'")).isZero();
        assertThat(ACCEPTED).as("the server still holds the outbox's one connection").hasSize(1);
        assertThat(List.of(second, third)).allMatch(took -> took.compareTo(Duration.ofSeconds(60)) < 0);
    }

    /** Drops a sample into the inbox and polls twice (a file is taken once unchanged across two polls). */
    private Duration pollUntilTaken(String sample) throws IOException {
        PipelineTestSupport.drop(sample, folders.inbox());
        long started = System.nanoTime();
        poller.poll();
        List<SubmissionOutcome> outcomes = poller.poll();
        assertThat(outcomes).extracting(SubmissionOutcome::fileName).contains(sample);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    private static ServerSocket silentServer() {
        try {
            ServerSocket server = new ServerSocket(0);
            Thread acceptor = new Thread(() -> {
                while (!server.isClosed()) {
                    try {
                        ACCEPTED.add(server.accept()); // and never a byte in return
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "silent-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
