package uk.gov.bestvalue.returns.intake;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.PipelineProperties;

/**
 * The watched folder and where files go from it: claimed into {@code processing/}, then into
 * {@code archive/<period>/} or {@code rejected/} (with a {@code .reason.txt}). Every move is atomic
 * within the volume and never overwrites: a name already taken gets a numbered suffix.
 */
@Component
public class IntakeFolders {

    private static final Logger log = LoggerFactory.getLogger(IntakeFolders.class);

    private final PipelineProperties.Folders folders;
    private final Duration emptyGrace;
    // entries already logged as impossible to move, so that each poll does not log them again
    private final Set<Path> stuckEntries = new HashSet<>();

    public IntakeFolders(PipelineProperties properties) {
        this.folders = properties.folders();
        this.emptyGrace = properties.limits().emptyGrace();
    }

    /** How long a file may stay empty (0 bytes) in the inbox, as a slow copy may still fill it, before it is rejected. */
    public Duration emptyGrace() {
        return emptyGrace;
    }

    /**
     * Refuses what in the inbox is not a plain file: symbolic links (never followed, so a link cannot make the
     * pipeline read a file outside the inbox), named pipes, folders, devices. Each is moved as it is (a link as a
     * link, not its target) into {@code rejected/} with a reason file beside it; one that cannot be moved stays where
     * it is, never read, and is logged once. None is recorded as a submission: it has no content to hash or load.
     */
    public void refuseNonRegular() throws IOException {
        List<Path> odd;
        try (Stream<Path> entries = Files.list(folders.inbox())) {
            odd = entries.filter(p -> !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
        for (Path entry : odd) {
            try {
                if (InboxWatch.isIgnored(entry)) {
                    continue;
                }
                String what = Files.isSymbolicLink(entry) ? "a shortcut (symbolic link)"
                        : Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? "a folder" : "not a plain file";
                reject(entry, entry.getFileName() + " is " + what + ", which the pipeline does not read. Put the "
                        + "spreadsheet itself in the inbox.");
                log.warn("{} in the inbox is {}: moved to {}", entry.getFileName(), what, folders.rejected());
            } catch (IOException e) {
                if (stuckEntries.add(entry)) {
                    log.warn("{} in the inbox is not a plain file and cannot be moved; it is left unread: {}",
                            entry.getFileName(), e.getMessage());
                }
            }
        }
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
            return files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
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

    /**
     * The name a file from the inbox would have in {@code processing/}: its own, or a numbered one when that is
     * taken. Several nodes claim that name in the database before one of them moves the file to it.
     */
    public Path placeInProcessing(Path file) {
        return freeName(folders.processing(), file.getFileName().toString());
    }

    /**
     * Moves a file from the inbox to the place in {@code processing/} this node claimed for it; fails when another
     * node took the file first, or when something else lies there already (a move must never overwrite).
     */
    public Path claimInto(Path file, Path place) throws IOException {
        Files.createDirectories(place.getParent());
        if (Files.exists(place, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(place.toString());
        }
        try {
            return Files.move(file, place, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            return Files.move(file, place);
        }
    }

    /** Files an accepted file under its period, read-only. */
    public Path archive(Path file, String period) throws IOException {
        return keepReadOnly(move(file, folders.archive().resolve(period)));
    }

    /** Files a rejected file, read-only, with a note saying why, for its owner or the programme office. */
    public Path reject(Path file, String reason) throws IOException {
        Path moved = keepReadOnly(move(file, folders.rejected()));
        Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
        return moved;
    }

    /**
     * Takes every write permission away from a file kept as evidence of what was received (its sha-256 is in
     * {@code load_batch}, and a rebuild checks it): POSIX modes where the file system has them, the read-only flag
     * elsewhere. A folder or link moved out of the inbox is left as it is.
     */
    static Path keepReadOnly(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return file;
        }
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix != null) {
            Set<PosixFilePermission> permissions = EnumSet.copyOf(posix.readAttributes().permissions());
            permissions.removeAll(EnumSet.of(PosixFilePermission.OWNER_WRITE, PosixFilePermission.GROUP_WRITE,
                    PosixFilePermission.OTHERS_WRITE));
            posix.setPermissions(permissions);
        } else if (!file.toFile().setWritable(false, false)) {
            log.warn("{} could not be made read-only on this file system", file);
        }
        return file;
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
