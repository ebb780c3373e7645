package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.PipelineProperties;

/**
 * The watched folder and where files go from it: claimed into {@code processing/}, then into
 * {@code archive/<period>/} or {@code rejected/} (with a {@code .reason.txt}). Every move is atomic
 * within the volume and never overwrites: a name already taken gets a numbered suffix.
 */
@Component
public class IntakeFolders {

    private final PipelineProperties.Folders folders;

    public IntakeFolders(PipelineProperties properties) {
        this.folders = properties.folders();
    }

    public Path inbox() {
        return folders.inbox();
    }

    public Path processing() {
        return folders.processing();
    }

    public Path archive() {
        return folders.archive();
    }

    public Path rejected() {
        return folders.rejected();
    }

    /** Creates the folders that do not exist yet. */
    public void create() throws IOException {
        for (Path folder : List.of(folders.inbox(), folders.processing(), folders.archive(), folders.rejected())) {
            Files.createDirectories(folder);
        }
    }

    /** The files waiting in a folder, oldest first. */
    public List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .sorted((a, b) -> {
                        try {
                            int byTime = Files.getLastModifiedTime(a).compareTo(Files.getLastModifiedTime(b));
                            return byTime != 0 ? byTime : a.getFileName().compareTo(b.getFileName());
                        } catch (IOException e) {
                            return a.getFileName().compareTo(b.getFileName());
                        }
                    })
                    .toList();
        }
    }

    /** Takes a file from the inbox so that nothing else processes it. */
    public Path claim(Path file) throws IOException {
        return move(file, folders.processing());
    }

    /** Files an accepted file under its period. */
    public Path archive(Path file, String period) throws IOException {
        return move(file, folders.archive().resolve(period));
    }

    /** Files a rejected file with a note saying why, for its owner or the programme office. */
    public Path reject(Path file, String reason) throws IOException {
        Path moved = move(file, folders.rejected());
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
        return moved;
    }

    private static Path move(Path file, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path target = freeName(folder, file.getFileName().toString());
        try {
            return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // another volume: copy then delete still never loses the file
            return Files.move(file, target);
        }
    }

    private static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; Files.exists(target); n++) {
            target = folder.resolve(stem + " (" + n + ")" + extension);
        }
        return target;
    }
}
