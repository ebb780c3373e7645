package uk.gov.bestvalue.returns.audit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Appends to {@code audit_event}, in the caller's transaction: a change and its event commit together or not at all,
 * so every caller records inside the transaction of the change it describes. Nothing here updates or deletes an
 * event. The actor is what made the change: the command that was typed ({@code ingest}, {@code monthly},
 * {@code demo}), {@code serve@<host>} for the service, or {@code pipeline.audit.actor} when set (the rebuild's).
 */
@Component
public class AuditTrail {

    private static final int DETAIL_CHARS = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final String actor;

    public AuditTrail(JdbcClient jdbc, ObjectProvider<Clock> clock, ObjectProvider<ApplicationArguments> arguments,
                      @Value("${pipeline.audit.actor:}") String configuredActor) {
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.actor = configuredActor.isBlank() ? actorOf(arguments.getIfAvailable()) : configuredActor;
    }

    /** Who or what the events of this process are recorded as. */
    public String actor() {
        return actor;
    }

    /**
     * Records an event about a load batch, after its change: the batch's file, sha-256, month and status (the status
     * after) are copied from {@code load_batch} as the change left it.
     */
    public void batch(AuditAction action, long loadBatchId, String statusBefore, String detail) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, load_batch_id, period, file_name, sha256, "
                        + "status_before, status_after, detail) SELECT ?, ?, ?, load_batch_id, period, file_name, sha256, "
                        + "?, status, ? FROM load_batch WHERE load_batch_id = ?")
                .params(now(), actor, action.name(), statusBefore, clip(detail), loadBatchId)
                .update();
    }

    /** Records an event about something other than a load batch's status (an email, a monthly run). */
    public void other(AuditAction action, Long loadBatchId, String period, String statusBefore, String statusAfter,
                      String detail) {
        jdbc.sql("INSERT INTO audit_event (occurred_at, actor, action, load_batch_id, period, status_before, "
                        + "status_after, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(now(), actor, action.name(), loadBatchId, period, statusBefore, statusAfter, clip(detail))
                .update();
    }

    /** A load batch's status now (null when there is no such batch), read before a change to record it as before. */
    public String statusOf(long loadBatchId) {
        return jdbc.sql("SELECT status FROM load_batch WHERE load_batch_id = ?").param(loadBatchId)
                .query(String.class).optional().orElse(null);
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }

    private static String clip(String detail) {
        return detail == null || detail.length() <= DETAIL_CHARS ? detail : detail.substring(0, DETAIL_CHARS - 1) + "…";
    }

    /** The command typed, with the host for the service (several may share a warehouse); the product's name else. */
    static String actorOf(ApplicationArguments arguments) {
        List<String> words = arguments == null ? List.of() : arguments.getNonOptionArgs();
        if (words.isEmpty()) {
            return "returns-pipeline@" + host();
        }
        return words.get(0).equals("serve") ? "serve@" + host() : words.get(0);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return System.getenv().getOrDefault("HOSTNAME", "unknown-host");
        }
    }
}
