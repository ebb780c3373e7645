package uk.gov.bestvalue.returns.notify;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code outbox_email} table: queued messages, one per recipient, and what became of each. */
@Repository
class OutboxRepository {

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether this email was queued for this recipient already. */
    boolean queued(String key, String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_email WHERE email_key = ? AND recipient = ?")
                .params(key, recipient).query(Integer.class).single() > 0;
    }

    /** Adds a message to send now. */
    void queue(OwnerEmail email, String recipient, String messageId, Instant now) {
        EmailAttachment file = email.attachment();
        jdbc.sql("""
                        INSERT INTO outbox_email (email_key, recipient, message_id, subject, body_text, body_html,
                            attachment_path, attachment_name, attachment_type, status, attempts, queued_at, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(email.key(), recipient, messageId, email.subject(), email.text(), email.html(),
                        file == null ? null : file.file().toString(), file == null ? null : file.name(),
                        file == null ? null : file.contentType(), Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /** The messages due at {@code now}, oldest first. */
    List<QueuedEmail> due(Instant now, int limit) {
        return jdbc.sql("""
                        SELECT outbox_email_id, email_key, recipient, message_id, subject, body_text, body_html, attachment_path,
                               attachment_name, attachment_type, attempts
                        FROM outbox_email WHERE status = 'PENDING' AND next_attempt_at <= ?
                        ORDER BY outbox_email_id LIMIT ?""")
                .params(Timestamp.from(now), limit)
                .query((rs, n) -> {
                    String attachment = rs.getString("attachment_path");
                    return new QueuedEmail(rs.getLong("outbox_email_id"), rs.getString("email_key"),
                            rs.getString("recipient"), rs.getString("message_id"), rs.getString("subject"),
                            rs.getString("body_text"), rs.getString("body_html"),
                            attachment == null ? null : Path.of(attachment), rs.getString("attachment_name"),
                            rs.getString("attachment_type"), rs.getInt("attempts"));
                })
                .list();
    }

    /** Takes a message for delivery; false when another dispatcher took it first. */
    boolean claim(long id, Instant now) {
        return jdbc.sql("UPDATE outbox_email SET status = 'SENDING', claimed_at = ? WHERE outbox_email_id = ? "
                + "AND status = 'PENDING'").params(Timestamp.from(now), id).update() == 1;
    }

    void sent(long id, int attempts, Instant now, String deliveredAs) {
        jdbc.sql("UPDATE outbox_email SET status = 'SENT', attempts = ?, sent_at = ?, delivered_as = ?, last_error = NULL "
                + "WHERE outbox_email_id = ?").params(attempts, Timestamp.from(now), deliveredAs, id).update();
    }

    void retryLater(long id, int attempts, Instant next, String error) {
        jdbc.sql("UPDATE outbox_email SET status = 'PENDING', attempts = ?, next_attempt_at = ?, last_error = ? "
                + "WHERE outbox_email_id = ?").params(attempts, Timestamp.from(next), clip(error), id).update();
    }

    /** Moves every message due at {@code now} to {@code next}: the server is down, so none would get through. */
    int postponeDue(Instant now, Instant next) {
        return jdbc.sql("UPDATE outbox_email SET next_attempt_at = ? WHERE status = 'PENDING' AND next_attempt_at <= ?")
                .params(Timestamp.from(next), Timestamp.from(now)).update();
    }

    void gaveUp(long id, int attempts, String error) {
        jdbc.sql("UPDATE outbox_email SET status = 'FAILED', attempts = ?, last_error = ? WHERE outbox_email_id = ?")
                .params(attempts, clip(error), id).update();
    }

    /**
     * Puts back messages claimed before {@code claimedBefore} by a dispatcher that never finished them, counting that as
     * an attempt: a message that kills its dispatcher every time is given up after {@code maxAttempts}, not retried for
     * ever.
     */
    int releaseStale(Instant claimedBefore, int maxAttempts) {
        // status first: MySQL assigns left to right, so attempts is still the old value here on both databases
        return jdbc.sql("UPDATE outbox_email SET status = CASE WHEN attempts + 1 >= ? THEN 'FAILED' ELSE 'PENDING' END, "
                        + "attempts = attempts + 1, last_error = 'The dispatcher sending it stopped before it finished' "
                        + "WHERE status = 'SENDING' AND claimed_at < ?")
                .params(maxAttempts, Timestamp.from(claimedBefore)).update();
    }

    /** The key and recipient of each message {@link #releaseStale} will give up, as it is claimed now. */
    List<EmailAddressed> staleToGiveUp(Instant claimedBefore, int maxAttempts) {
        return jdbc.sql("SELECT email_key, recipient FROM outbox_email WHERE status = 'SENDING' AND claimed_at < ? "
                        + "AND attempts + 1 >= ? ORDER BY outbox_email_id")
                .params(Timestamp.from(claimedBefore), maxAttempts)
                .query((rs, n) -> new EmailAddressed(rs.getString("email_key"), rs.getString("recipient"))).list();
    }

    /** Which email (its key) to whom. */
    record EmailAddressed(String emailKey, String recipient) {
    }

    /** The id of the last message queued so far, 0 when none: what {@code after} in the counts compares with. */
    long lastId() {
        return jdbc.sql("SELECT COALESCE(MAX(outbox_email_id), 0) FROM outbox_email").query(Long.class).single();
    }

    /** How many messages are in each status. */
    Map<String, Integer> countsByStatus() {
        return countsByStatus(0);
    }

    /** How many messages queued after the given id are in each status. */
    Map<String, Integer> countsByStatus(long after) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("SELECT status, COUNT(*) AS emails FROM outbox_email WHERE outbox_email_id > ? GROUP BY status")
                .param(after)
                .query((rs, n) -> counts.put(rs.getString("status"), rs.getInt("emails"))).list();
        return counts;
    }

    /** Messages queued after the given id per recipient and kind, e.g. {@code finance.adults@... -> {chase=1, return=2}}. */
    Map<String, Map<String, Integer>> countsByRecipient(long after) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        jdbc.sql("""
                        SELECT recipient, CASE WHEN email_key LIKE 'chase-%' THEN 'chase'
                                               WHEN email_key LIKE 'reconciliation-%' THEN 'reconciliation'
                                               ELSE 'return' END AS kind, COUNT(*) AS emails
                        FROM outbox_email WHERE outbox_email_id > ? GROUP BY 1, 2""")
                .param(after)
                .query((rs, n) -> counts.computeIfAbsent(rs.getString("recipient"), r -> new TreeMap<>())
                        .put(rs.getString("kind"), rs.getInt("emails")))
                .list();
        return counts;
    }

    private static String clip(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }
}
