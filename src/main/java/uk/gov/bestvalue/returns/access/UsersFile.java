package uk.gov.bestvalue.returns.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The users file ({@code pipeline.web.users-file}, {@code jobs/users.yml} by default): who may sign in to the page,
 * with their role, directorates and bcrypt hash. Written by {@code returns-pipeline users add}; read at each
 * sign-in, so a user added is let in without a restart. An absent file lets nobody in.
 */
public final class UsersFile {

    private static final YAMLMapper YAML = new YAMLMapper();
    private static final String HEADER = """
            # Who may sign in to the page `serve` shows. Written by `returns-pipeline users add NAME --lead DIR` (or
            # --programme-office), which asks for the password and keeps only its bcrypt hash. A lead sees the data of
            # the directorates listed (ids of jobs/owners.yml); the programme office sees everything.
            """;

    private final Path file;

    public UsersFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** Every user, in the file's order; none when the file is absent. */
    public List<UserAccount> users() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            JsonNode root = YAML.readTree(file.toFile());
            List<UserAccount> users = new ArrayList<>();
            for (JsonNode user : root.path("users")) {
                List<String> directorates = new ArrayList<>();
                user.path("directorates").forEach(d -> directorates.add(d.asString()));
                users.add(new UserAccount(user.path("name").asString(null), Role.of(user.path("role").asString("")),
                        directorates, user.path("password").asString(null)));
            }
            return users;
        } catch (RuntimeException e) {
            throw new IllegalStateException("The users file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** The user of that name, if any. */
    public Optional<UserAccount> find(String name) {
        return users().stream().filter(u -> u.name().equals(name)).findFirst();
    }

    /** Adds the user, or replaces the one of the same name; true when the name was new. */
    public boolean put(UserAccount account) {
        Map<String, UserAccount> byName = new LinkedHashMap<>();
        users().forEach(u -> byName.put(u.name(), u));
        boolean added = byName.put(account.name(), account) == null;
        write(List.copyOf(byName.values()));
        return added;
    }

    /** Removes the user of that name; false when there was none. */
    public boolean remove(String name) {
        List<UserAccount> users = new ArrayList<>(users());
        boolean removed = users.removeIf(u -> u.name().equals(name));
        if (removed) {
            write(users);
        }
        return removed;
    }

    private void write(List<UserAccount> users) {
        ObjectNode root = YAML.createObjectNode();
        ArrayNode list = root.putArray("users");
        for (UserAccount user : users) {
            ObjectNode node = list.addObject();
            node.put("name", user.name());
            node.put("role", user.role().label());
            if (!user.directorates().isEmpty()) {
                ArrayNode directorates = node.putArray("directorates");
                user.directorates().forEach(directorates::add);
            }
            node.put("password", user.passwordHash());
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // written beside, then moved over: a sign-in never reads half a file
            Path temporary = Files.createTempFile(parent, ".users-", ".yml");
            try {
                Files.writeString(temporary, HEADER + YAML.writeValueAsString(root).replaceFirst("^---\\n", ""));
                try {
                    Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The users file " + file + " cannot be written", e);
        }
    }
}
