package uk.gov.bestvalue.returns.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;
import uk.gov.bestvalue.returns.workbook.ReadLimits;

/**
 * The definitions a resident checker has read, kept while their files are unchanged: each check looks at the name,
 * size and time of every file of the jobs folder (a few dozen) and reads them again when any differs, so an edited
 * rule applies to the very next check, as it does when {@code check} runs on its own.
 */
final class DefinitionsCache implements CheckCommand.DefinitionsSource {

    /** Folders or limits used in turn by one user: more than this and the least recent is read again when used. */
    private static final int KEPT = 4;

    private final Map<Key, Loaded> loaded = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Loaded> eldest) {
            return size() > KEPT;
        }
    };

    @Override
    public synchronized PipelineDefinitions load(Path jobsDir, ReadLimits limits) {
        Key key = new Key(jobsDir.toAbsolutePath().normalize(), limits);
        String fingerprint = fingerprint(key.jobsDir());
        Loaded kept = loaded.get(key);
        if (kept != null && kept.fingerprint().equals(fingerprint)) {
            return kept.definitions();
        }
        PipelineDefinitions definitions = CheckCommand.DefinitionsSource.FRESH.load(key.jobsDir(), limits);
        loaded.put(key, new Loaded(fingerprint, definitions));
        return definitions;
    }

    /** Every file under the folder with its size and time; empty when there is no folder (the jar's copy is read). */
    static String fingerprint(Path jobsDir) {
        if (!Files.isDirectory(jobsDir)) {
            return "";
        }
        StringBuilder fingerprint = new StringBuilder();
        try (Stream<Path> files = Files.walk(jobsDir)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                try {
                    fingerprint.append(file).append(' ').append(Files.size(file)).append(' ')
                            .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + jobsDir, e);
        }
        return fingerprint.toString();
    }

    private record Key(Path jobsDir, ReadLimits limits) {
    }

    private record Loaded(String fingerprint, PipelineDefinitions definitions) {
    }
}
