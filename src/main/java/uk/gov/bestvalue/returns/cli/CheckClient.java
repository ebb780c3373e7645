package uk.gov.bestvalue.returns.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code check} as {@code bin/returns-pipeline} runs it where a {@link ResidentChecker} of this build is listening:
 * sends it the command and prints its answer. It runs in a JVM of its own with only its own three classes (a class
 * path of the application's hundred jars costs a tenth of a second to open), so it cannot check a file itself: when
 * no resident checker answers (none is listening, it died, the socket's folder is not private) it prints nothing and
 * exits with {@link #NOT_ANSWERED}, and the script runs {@link CheckCommand} alone, then starts a resident checker
 * for the next check. A resident checker only ever makes a check faster, never different.
 * {@code RETURNS_CHECK_DAEMON} sets how long one waits for the next check ({@code 10m}, {@code 90s}; 10 minutes
 * when unset) or turns them off ({@code off}).
 */
public final class CheckClient {

    static final String SETTING = "RETURNS_CHECK_DAEMON";
    static final Duration DEFAULT_IDLE = Duration.ofMinutes(10);
    /** The exit code that tells bin/returns-pipeline to check in a JVM of its own: nothing was printed. */
    static final int NOT_ANSWERED = 75;
    /** The application's class path, which the resident checker runs with, given by bin/returns-pipeline. */
    static final String CLASS_PATH_PROPERTY = "returns.check-daemon.class-path";

    private CheckClient() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), System.getProperties(), System.out, System.err));
    }

    /**
     * Runs one {@code check} command line through the resident checker; its exit code, or {@link #NOT_ANSWERED}
     * having printed nothing when none could answer.
     */
    static int run(String[] args, Map<String, String> environment, Properties system, PrintStream out,
                   PrintStream err) {
        Optional<Duration> idle = idle(environment.get(SETTING));
        String classPath = system.getProperty(CLASS_PATH_PROPERTY);
        Optional<ResidentSocket> socket = idle.isPresent() && classPath != null
                ? ResidentSocket.forThisBuild(environment, classPath) : Optional.empty();
        if (socket.isPresent()) {
            CheckExchange.Request request = CheckExchange.Request.of(args,
                    Path.of("").toAbsolutePath().toString(), outputCharset(system).name(), environment, system);
            Optional<CheckExchange.Reply> reply = send(socket.get(), request);
            if (reply.isPresent()) {
                out.write(reply.get().out(), 0, reply.get().out().length);
                out.flush();
                err.write(reply.get().err(), 0, reply.get().err().length);
                err.flush();
                return reply.get().exitCode();
            }
        }
        return NOT_ANSWERED;
    }

    /** The answer of the checker listening on this socket; empty when none is, or it stopped before answering. */
    static Optional<CheckExchange.Reply> send(ResidentSocket socket, CheckExchange.Request request) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket.socket()));
            request.write(new DataOutputStream(Channels.newOutputStream(channel)));
            return Optional.of(CheckExchange.Reply.read(new DataInputStream(Channels.newInputStream(channel))));
        } catch (IOException e) {
            return Optional.empty(); // none listening, or it stopped before answering
        }
    }

    /** How long a resident checker waits for the next check, or empty when it is turned off. */
    static Optional<Duration> idle(String setting) {
        if (setting == null || setting.isBlank()) {
            return Optional.of(DEFAULT_IDLE);
        }
        String value = setting.trim().toLowerCase(Locale.ROOT);
        if (value.equals("off") || value.equals("false") || value.equals("0")) {
            return Optional.empty();
        }
        try {
            if (value.endsWith("s")) {
                return Optional.of(Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1))));
            }
            if (value.endsWith("m")) {
                return Optional.of(Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1))));
            }
            return Optional.of(Duration.ofMinutes(Long.parseLong(value)));
        } catch (NumberFormatException e) {
            return Optional.of(DEFAULT_IDLE); // a value nobody can read keeps the default rather than failing the check
        }
    }

    /** The encoding this JVM writes standard output in, which the answer must be written in too. */
    private static Charset outputCharset(Properties system) {
        String console = system.getProperty("sun.stdout.encoding");
        return console != null && Charset.isSupported(console) ? Charset.forName(console) : Charset.defaultCharset();
    }
}
