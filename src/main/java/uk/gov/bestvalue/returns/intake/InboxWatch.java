package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides which files in the inbox are ready. Shared drives give no file events and a copy in progress
 * looks like a file, so a file is ready only when its size and modification time are the same at two
 * polls in a row. An empty file (0 bytes) is ready only once it has stayed empty for a grace period: a slow copy
 * may create the file long before it writes to it. Excel lock files ({@code ~$*}), hidden and temporary files are
 * never taken.
 */
public final class InboxWatch {

    private record Seen(long size, long modified) {
    }

    private final Map<Path, Seen> lastPoll = new HashMap<>();
    private final Map<Path, Instant> emptySince = new HashMap<>();
    private final Duration emptyGrace;
    private final Clock clock;

    /** A watch that takes an empty file as soon as it is stable, as a test may want. */
    public InboxWatch() {
        this(Duration.ZERO, Clock.systemUTC());
    }

    /** A watch that leaves an empty file waiting for {@code emptyGrace} before it is taken (to be rejected). */
    public InboxWatch(Duration emptyGrace, Clock clock) {
        this.emptyGrace = emptyGrace;
        this.clock = clock;
    }

    /** The files that have not changed since the previous poll. */
    public List<Path> stableFiles(List<Path> filesNow) throws IOException {
        return stableFiles(filesNow, 0);
    }

    /**
     * The files that have not changed since the previous look and were last written at least {@code quietMillis} ago:
     * looks a second apart, as file events bring, need the quiet period to tell a paused copy from a finished one.
     */
    public List<Path> stableFiles(List<Path> filesNow, long quietMillis) throws IOException {
        long now = System.currentTimeMillis();
        Map<Path, Seen> thisPoll = new HashMap<>();
        List<Path> stable = new ArrayList<>();
        for (Path file : filesNow) {
            if (isIgnored(file)) {
                continue;
            }
            Seen seen;
            try {
                seen = new Seen(Files.size(file), Files.getLastModifiedTime(file).toMillis());
            } catch (IOException vanished) {
                continue;
            }
            thisPoll.put(file, seen);
            if (seen.equals(lastPoll.get(file)) && !stillInGrace(file, seen)
                    && (quietMillis <= 0 || now - seen.modified() >= quietMillis)) {
                stable.add(file);
            }
        }
        emptySince.keySet().retainAll(thisPoll.keySet());
        lastPoll.clear();
        lastPoll.putAll(thisPoll);
        return stable;
    }

    private boolean stillInGrace(Path file, Seen seen) {
        if (seen.size() > 0) {
            emptySince.remove(file);
            return false;
        }
        Instant since = emptySince.computeIfAbsent(file, f -> clock.instant());
        return Duration.between(since, clock.instant()).compareTo(emptyGrace) < 0;
    }

    /** Lock, hidden, temporary and partial-download files. */
    public static boolean isIgnored(Path file) throws IOException {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".") || name.endsWith("~") || Files.isHidden(file)
                || lower.endsWith(".tmp") || lower.endsWith(".part") || lower.endsWith(".partial")
                || lower.endsWith(".crdownload") || lower.endsWith(".swp") || lower.endsWith(".reason.txt");
    }
}
