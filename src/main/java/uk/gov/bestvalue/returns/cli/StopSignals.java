package uk.gov.bestvalue.returns.cli;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import sun.misc.Signal;

/**
 * TERM (a service manager's stop, {@code kill}) and INT (Ctrl-C) as a request to stop, not as the JVM's exit:
 * the JVM would otherwise run its shutdown hooks at once, closing the database under a file being loaded and ending
 * with exit code 143 and, at times, a stack trace from the scheduler's thread.
 */
final class StopSignals {

    private static final Logger log = LoggerFactory.getLogger(StopSignals.class);

    private StopSignals() {
    }

    /** Runs {@code stop} when TERM or INT arrives; where a signal cannot be handled, when the JVM shuts down. */
    static void onStop(Runnable stop) {
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal.handle(new Signal(name), signal -> {
                    log.info("Received {}: stopping", "SIG" + signal.getName());
                    stop.run();
                });
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                // e.g. the JVM runs with -Xrs, or the platform has no such signal
                Runtime.getRuntime().addShutdownHook(new Thread(stop));
            }
        }
    }
}
