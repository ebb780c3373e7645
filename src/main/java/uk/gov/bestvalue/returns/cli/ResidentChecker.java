package uk.gov.bestvalue.returns.cli;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A JVM that stays up between checks, so that a lead's second and later {@code check} answer in a fraction of the
 * time: started by bin/returns-pipeline after a check nobody answered, it keeps the definitions read (see
 * {@link DefinitionsCache}) and its code compiled, answers each check exactly as {@code check} would in the
 * caller's folder, and exits, removing its socket, once nobody has asked for {@code idle}.
 */
public final class ResidentChecker {

    private final ResidentSocket socket;
    private final Duration idle;
    private final DefinitionsCache definitions = new DefinitionsCache();
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicLong lastAnswered = new AtomicLong(System.nanoTime());
    private volatile ServerSocketChannel listening;
    private CheckExchange.Request warmUp;

    ResidentChecker(ResidentSocket socket, Duration idle) {
        this.socket = socket;
        this.idle = idle;
    }

    /**
     * {@code ResidentChecker [FOLDER CHECK-ARGS...]}: listens on this build's socket until idle as long as
     * {@code RETURNS_CHECK_DAEMON} says, having first checked, printing nothing, the command line typed in FOLDER
     * that led to it, so that the definitions it reads and the code it compiles are the next check's. Exits at once
     * when resident checkers are turned off, when the socket's folder is not private, or when one already listens.
     */
    public static void main(String[] args) throws IOException {
        Optional<Duration> idle = CheckClient.idle(System.getenv(CheckClient.SETTING));
        Optional<ResidentSocket> socket = ResidentSocket.forThisBuild(System.getenv(),
                System.getProperty("java.class.path"));
        if (idle.isEmpty() || socket.isEmpty()) {
            System.exit(1);
        }
        // as a check alone: warnings only (logback's own default would format every library's debug lines)
        WarningsToStderr.apply();
        ResidentChecker checker = new ResidentChecker(socket.get(), idle.get());
        if (args.length > 0) {
            checker.warmUpWith(args[0], Arrays.copyOfRange(args, 1, args.length));
        }
        checker.serve();
        System.exit(0);
    }

    /** Checks this command line once, as typed in {@code folder}, when listening; what it prints goes nowhere. */
    void warmUpWith(String folder, String[] args) {
        warmUp = new CheckExchange.Request(folder, StandardCharsets.UTF_8.name(), args, System.getenv(),
                System.getProperties());
    }

    /**
     * Answers checks until idle; returns at once when another checker already holds this socket (two checks typed
     * together may each start one). Removes the socket when it stops.
     */
    void serve() throws IOException {
        try (FileChannel lockFile = FileChannel.open(socket.lock(), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = heldByNoOtherChecker(lockFile)) {
            if (lock == null) {
                return;
            }
            // a socket file left by a checker that was killed: nobody listens on it, and bind needs the name free
            Files.deleteIfExists(socket.socket());
            ExecutorService answering = Executors.newCachedThreadPool(task -> {
                Thread thread = new Thread(task, "check");
                thread.setDaemon(true);
                return thread;
            });
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
                server.bind(UnixDomainSocketAddress.of(socket.socket()));
                listening = server;
                if (warmUp != null) {
                    submit(answering, () -> check(warmUp));
                }
                Thread watch = new Thread(() -> closeWhenIdle(server), "idle watch");
                watch.setDaemon(true);
                watch.start();
                while (true) {
                    SocketChannel caller;
                    try {
                        caller = server.accept();
                    } catch (IOException closed) {
                        break; // idle: the watch closed the channel
                    }
                    submit(answering, () -> answer(caller));
                }
            } finally {
                answering.shutdownNow();
                Files.deleteIfExists(socket.socket());
                Files.deleteIfExists(socket.lock());
            }
        }
    }

    /** The lock on the socket's lock file, or null when another checker, in this JVM or another, holds it. */
    private static FileLock heldByNoOtherChecker(FileChannel lockFile) throws IOException {
        try {
            return lockFile.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    /** Stops listening now, as being idle would: {@link #serve()} returns once the socket is removed. */
    void stop() throws IOException {
        ServerSocketChannel server = listening;
        if (server != null) {
            server.close();
        }
    }

    /** Runs a check on the answering threads, counted as running until it ends, when the idle time starts again. */
    private void submit(ExecutorService answering, Runnable check) {
        running.incrementAndGet();
        answering.execute(() -> {
            try {
                check.run();
            } finally {
                lastAnswered.set(System.nanoTime());
                running.decrementAndGet();
            }
        });
    }

    private void answer(SocketChannel caller) {
        try (caller) {
            CheckExchange.Request request = CheckExchange.Request.read(
                    new DataInputStream(Channels.newInputStream(caller)));
            check(request).write(new DataOutputStream(Channels.newOutputStream(caller)));
        } catch (IOException | RuntimeException e) {
            // the caller went away, or sent something that is not a check: it checks in its own JVM instead
        }
    }

    private CheckExchange.Reply check(CheckExchange.Request request) {
        Charset charset = Charset.forName(request.charset());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exitCode = CheckCommand.run(request.args(), request.environment(), request.system(),
                Path.of(request.workingDirectory()), definitions, new PrintStream(out, true, charset),
                new PrintStream(err, true, charset));
        return new CheckExchange.Reply(exitCode, out.toByteArray(), err.toByteArray());
    }

    /**
     * Closes the socket once idle; meanwhile, a few seconds after the last answer, collects the garbage once, so that
     * a checker waiting for the next check holds no more memory than it needs (the serial collector gives the
     * freed heap back at a full collection).
     */
    private void closeWhenIdle(ServerSocketChannel server) {
        long collectedAfter = -1;
        try {
            while (running.get() > 0 || System.nanoTime() - lastAnswered.get() < idle.toNanos()) {
                long answered = lastAnswered.get();
                if (running.get() == 0 && answered != collectedAfter
                        && System.nanoTime() - answered > TimeUnit.SECONDS.toNanos(3)) {
                    System.gc();
                    collectedAfter = answered;
                }
                Thread.sleep(Math.min(1000, Math.max(10, idle.toMillis() / 4)));
            }
            server.close();
        } catch (InterruptedException | IOException e) {
            Thread.currentThread().interrupt();
        }
    }
}
