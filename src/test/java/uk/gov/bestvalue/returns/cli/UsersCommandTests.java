package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import uk.gov.bestvalue.returns.access.Role;
import uk.gov.bestvalue.returns.access.UserAccount;
import uk.gov.bestvalue.returns.access.UsersFile;

/** {@code users add} and {@code users remove}: the users file holds bcrypt hashes, never a password. */
class UsersCommandTests {

    @TempDir
    Path folder;

    @Test
    void addWritesTheLeadWithABcryptHashOfThePasswordReadFromStandardInput() throws Exception {
        // given a users file that does not exist yet
        Path file = folder.resolve("users.yml");

        // when a lead of two directorates is added, the password typed on standard input
        Result result = run("the lead's long password\n", "users", "add", "m.okafor", "--lead", "adults",
                "--lead=health", "--pipeline.web.users-file=" + file);

        // then the file holds the user, their role and directorates, and a hash the password matches
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("Added m.okafor (lead of adults, health)");
        UserAccount user = new UsersFile(file).find("m.okafor").orElseThrow();
        assertThat(user.role()).isEqualTo(Role.LEAD);
        assertThat(user.directorates()).containsExactly("adults", "health");
        assertThat(new BCryptPasswordEncoder().matches("the lead's long password", user.passwordHash())).isTrue();
        assertThat(Files.readString(file)).doesNotContain("the lead's long password");

        // when the same name is added again as the programme office, then it is replaced, and remove removes it
        assertThat(run("another long password\n", "users", "add", "m.okafor", "--programme-office",
                "--pipeline.web.users-file=" + file).out()).contains("Replaced m.okafor (programme-office)");
        assertThat(new UsersFile(file).users()).extracting(UserAccount::role).containsExactly(Role.PROGRAMME_OFFICE);
        assertThat(run("", "users", "remove", "m.okafor", "--pipeline.web.users-file=" + file).exit()).isZero();
        assertThat(new UsersFile(file).users()).isEmpty();
    }

    @Test
    void anUnknownDirectorateAShortPasswordOrNoRoleIsAUsageErrorAndWritesNothing() throws Exception {
        Path file = folder.resolve("users.yml");
        for (List<String> args : List.of(List.of("users", "add", "x.y", "--lead", "nowhere"),
                List.of("users", "add", "x.y", "--lead", "adults", "--short"),
                List.of("users", "add", "x.y"),
                List.of("users", "add", "x.y", "--lead", "adults", "--programme-office"))) {
            // when each is run
            String password = args.contains("--short") ? "short\n" : "a long enough password\n";
            List<String> line = new java.util.ArrayList<>(args.stream().filter(a -> !a.equals("--short")).toList());
            line.add("--pipeline.web.users-file=" + file);
            Result result = run(password, line.toArray(String[]::new));

            // then it says why, and the file is not written
            assertThat(result.exit()).as(args.toString()).isEqualTo(2);
            assertThat(result.err()).as(args.toString()).startsWith("returns-pipeline: ");
            assertThat(file).doesNotExist();
        }
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = UsersCommand.run(args, Map.of(), new Properties(),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
