package uk.gov.bestvalue.returns.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import uk.gov.bestvalue.returns.access.Role;
import uk.gov.bestvalue.returns.access.UserAccount;
import uk.gov.bestvalue.returns.access.UsersFile;
import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;

/**
 * {@code users add NAME --lead DIR [--lead DIR ...] | --programme-office} and {@code users remove NAME}: who may sign
 * in to the page {@code serve} shows. The password is read from the console (asked twice), or as the first line of
 * standard input when there is no console; only its bcrypt hash is written. Starts no Spring application.
 */
public final class UsersCommand {

    /** Fewer characters than this are refused: the page is reachable by everyone who can reach the server. */
    static final int MIN_PASSWORD_LENGTH = 10;

    private UsersCommand() {
    }

    /** Whether a command line asks for {@code users}. */
    public static boolean isUsers(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map("users"::equals).orElse(false);
    }

    /** Runs {@code users} as the process's command, the password from the console or standard input. */
    public static int runAsCommand(String[] args) {
        WarningsToStderr.apply();
        return run(args, System.getenv(), System.getProperties(), System.in, System.out, System.err);
    }

    /** Adds, replaces or removes a user; exit 0 done, 1 the file cannot be written, 2 a usage error. */
    static int run(String[] args, Map<String, String> environment, Properties system, InputStream in, PrintStream out,
                   PrintStream err) {
        List<String> words = new ArrayList<>();
        List<String> leads = new ArrayList<>();
        boolean office = false;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lead") && i + 1 < args.length) {
                leads.add(args[++i]);
            } else if (args[i].startsWith("--lead=")) {
                leads.add(args[i].substring("--lead=".length()));
            } else if (args[i].equals("--programme-office")) {
                office = true;
            } else if (!args[i].startsWith("--")) {
                words.add(args[i]);
            }
        }
        try {
            UsersFile file = new UsersFile(Path.of(CheckSettings.setting("web.users-file", args, environment, system)));
            if (words.size() == 3 && words.get(1).equals("remove")) {
                boolean removed = file.remove(words.get(2));
                out.println(removed ? "Removed " + words.get(2) + " from " + file.path()
                        : "No user " + words.get(2) + " in " + file.path());
                return removed ? 0 : PipelineCommandLine.USAGE_ERROR;
            }
            if (words.size() != 3 || !words.get(1).equals("add") || office == !leads.isEmpty()) {
                return usage("users add NAME needs --lead DIR (one or more) or --programme-office; "
                        + "users remove NAME", err);
            }
            OwnersDirectory owners = OwnersDirectory.load(new JobDefinitions(Path.of(
                    CheckSettings.setting(CheckSettings.JOBS_DIR, args, environment, system))));
            for (String lead : leads) {
                if (owners.byId(lead).isEmpty()) {
                    return usage("no directorate '" + lead + "' in owners.yml; its ids are " + owners.directorates()
                            .stream().map(d -> d.id()).toList(), err);
                }
            }
            String password = password(in, err);
            if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
                return usage("a password of at least " + MIN_PASSWORD_LENGTH + " characters is needed", err);
            }
            UserAccount account = new UserAccount(words.get(2), office ? Role.PROGRAMME_OFFICE : Role.LEAD, leads,
                    new BCryptPasswordEncoder().encode(password));
            boolean added = file.put(account);
            out.println((added ? "Added " : "Replaced ") + account.name() + " (" + account.role().label()
                    + (leads.isEmpty() ? "" : " of " + String.join(", ", leads)) + ") in " + file.path());
            return 0;
        } catch (IllegalArgumentException e) {
            return usage(e.getMessage(), err);
        } catch (IllegalStateException | UncheckedIOException e) {
            err.println("returns-pipeline: " + e.getMessage());
            return PipelineCommandLine.FAILED;
        }
    }

    /** The password typed twice at the console, or the first line of standard input; null when they differ. */
    private static String password(InputStream in, PrintStream err) {
        Console console = System.console();
        if (console != null && in == System.in) {
            char[] first = console.readPassword("Password: ");
            char[] again = console.readPassword("The same password again: ");
            if (first == null || !Arrays.equals(first, again)) {
                err.println("returns-pipeline: the two passwords differ");
                return null;
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
            return line == null ? null : line.strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the password from standard input", e);
        }
    }

    private static int usage(String problem, PrintStream err) {
        err.println("returns-pipeline: " + problem);
        err.println(PipelineCommandLine.USAGE);
        return PipelineCommandLine.USAGE_ERROR;
    }
}
