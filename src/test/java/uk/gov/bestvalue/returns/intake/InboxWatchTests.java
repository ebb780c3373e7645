package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is ready when it stops changing; an empty one only once it has stayed empty for the grace period. */
class InboxWatchTests {

    @TempDir
    Path inbox;

    private Instant now = Instant.parse("2016-02-01T09:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void anEmptyFileWaitsForTheGracePeriodThenIsTaken() throws IOException {
        // given an empty file and a grace of two minutes
        InboxWatch watch = new InboxWatch(Duration.ofMinutes(2), clock);
        Path empty = Files.createFile(inbox.resolve("adults-procurement-2016-01.xlsx"));

        // when it stays empty for two polls a minute apart, then it is still waiting
        assertThat(watch.stableFiles(List.of(empty))).isEmpty();
        now = now.plusSeconds(60);
        assertThat(watch.stableFiles(List.of(empty))).isEmpty();
        now = now.plusSeconds(60);
        assertThat(watch.stableFiles(List.of(empty))).isEmpty();

        // and once it has stayed empty for the whole grace, it is taken (to be rejected as empty)
        now = now.plusSeconds(61);
        assertThat(watch.stableFiles(List.of(empty))).containsExactly(empty);
    }

    @Test
    void anEmptyFileThatGrowsIsTakenOnceItStopsGrowing() throws IOException {
        InboxWatch watch = new InboxWatch(Duration.ofMinutes(2), clock);
        Path file = Files.createFile(inbox.resolve("adults-procurement-2016-01.csv"));
        watch.stableFiles(List.of(file));
        now = now.plusSeconds(30);
        assertThat(watch.stableFiles(List.of(file))).isEmpty();

        // when the slow copy writes its content
        Files.writeString(file, "Contract Reference,Title\nA-1,Cleaning\n");
        Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(now));
        now = now.plusSeconds(30);
        assertThat(watch.stableFiles(List.of(file))).as("it changed since the last poll").isEmpty();
        now = now.plusSeconds(30);

        // then it is taken at the next poll that finds it unchanged, without waiting for any grace
        assertThat(watch.stableFiles(List.of(file))).containsExactly(file);
    }
}
