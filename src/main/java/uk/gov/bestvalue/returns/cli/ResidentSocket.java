package uk.gov.bestvalue.returns.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where the resident checker of this build listens: a socket in a folder only this user can open
 * ({@code $XDG_RUNTIME_DIR/returns-pipeline}, else {@code returns-pipeline-USER} in the temporary folder), named
 * after the build's classes, the JVM and its options, so that a rebuilt jar, another JDK or other options are
 * answered by a checker of their own.
 *
 * @param socket the socket's file
 * @param lock   the file the one checker of this socket holds locked while it runs
 */
record ResidentSocket(Path socket, Path lock) {

    /** The variables a resident checker must share with the check it answers: its JVM was started with them. */
    private static final List<String> JVM_VARIABLES = List.of("JAVA_OPTS", "JAVA_TOOL_OPTIONS", "TZ", "LANG",
            "LC_ALL", "LC_CTYPE");

    /** The variable naming the user's private runtime folder, where there is one. */
    static final String RUNTIME_FOLDER = "XDG_RUNTIME_DIR";

    private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    /**
     * The socket of the build on this class path for this user, or empty when no folder is safe for it: one another user can open or
     * replace would let them answer this user's checks, so then no resident checker is used at all.
     */
    static Optional<ResidentSocket> forThisBuild(Map<String, String> environment, String classPath) {
        try {
            Path folder = folder(environment);
            if (folder == null) {
                return Optional.empty();
            }
            String name = "check-" + Long.toHexString(identity(environment, classPath));
            return Optional.of(new ResidentSocket(folder.resolve(name + ".sock"), folder.resolve(name + ".lock")));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** The private folder, made when missing; null when the one there belongs to someone else or others can open it. */
    private static Path folder(Map<String, String> environment) throws IOException {
        String runtime = environment.get(RUNTIME_FOLDER);
        Path folder = runtime != null && !runtime.isBlank() && Files.isDirectory(Path.of(runtime))
                ? Path.of(runtime, "returns-pipeline")
                : Path.of(System.getProperty("java.io.tmpdir"), "returns-pipeline-" + System.getProperty("user.name"));
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (java.nio.file.FileAlreadyExistsException raced) {
                // another check made it first: it is judged below like any other
            }
        }
        boolean ours = Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                && Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS).getName().equals(System.getProperty("user.name"))
                && Files.getPosixFilePermissions(folder, LinkOption.NOFOLLOW_LINKS).equals(OWNER_ONLY);
        return ours ? folder : null;
    }

    /**
     * FNV-1a over the class path's files (name, size, time), the JVM's home and the variables that change what a JVM
     * prints (its options, time zone and language): a new build, or a check typed with other ones, has a checker of
     * its own.
     */
    private static long identity(Map<String, String> environment, String classPath) {
        long hash = 0xcbf29ce484222325L;
        StringBuilder text = new StringBuilder(System.getProperty("java.home")).append('\n');
        for (String variable : JVM_VARIABLES) {
            text.append(variable).append('=').append(environment.getOrDefault(variable, "")).append('\n');
        }
        for (String entry : classPath.split(File.pathSeparator)) {
            File file = new File(entry);
            text.append(file.getAbsolutePath()).append(' ').append(file.length()).append(' ')
                    .append(file.lastModified()).append('\n');
        }
        for (int i = 0; i < text.length(); i++) {
            hash = (hash ^ text.charAt(i)) * 0x100000001b3L;
        }
        return hash;
    }
}
