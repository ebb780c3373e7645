package uk.gov.bestvalue.returns.reconcile;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which spend ledger has been matched for which month, and against what ({@code ledger_match}); and the removal of
 * one ledger's results for a month ({@code payment_total}, {@code payment_match}, its R1 findings), so that a match
 * is replaced ledger by ledger.
 */
final class LedgerMatches {

    /** A ledger the monthly run has to consider for a month; {@code basis} null when it was never matched for it. */
    record Entry(long ledgerId, String fileName, String basis, int payments) {
    }

    private final JdbcTemplate jdbc;

    LedgerMatches(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The current ledgers that may have lines in the month: those recorded for it, and those recorded for no month
     * at all (their match at intake failed before it began), which may have lines in any.
     */
    List<Entry> forMonth(String period) {
        List<Entry> entries = new ArrayList<>();
        jdbc.query("SELECT b.load_batch_id, b.file_name, m.basis, m.payments FROM load_batch b "
                + "LEFT JOIN ledger_match m ON m.load_batch_id = b.load_batch_id AND m.period = ? "
                + "WHERE b.status = 'CURRENT' AND b.return_type = 'spend-ledger' AND (m.period IS NOT NULL "
                + "OR NOT EXISTS (SELECT 1 FROM ledger_match x WHERE x.load_batch_id = b.load_batch_id)) "
                + "ORDER BY b.load_batch_id", rs -> {
                    entries.add(new Entry(rs.getLong("load_batch_id"), rs.getString("file_name"), rs.getString("basis"),
                            rs.getInt("payments")));
                }, period);
        return entries;
    }

    /** The file name of a ledger. */
    String fileName(long ledgerId) {
        return jdbc.queryForObject("SELECT file_name FROM load_batch WHERE load_batch_id = ?", String.class, ledgerId);
    }

    /**
     * The months a ledger's dated lines fall in, each recorded as still to be matched (so that the monthly run
     * matches any that the intake's match does not finish).
     */
    List<String> register(long ledgerId) {
        List<String> months = new ArrayList<>();
        jdbc.query("SELECT MIN(payment_date) AS first_day, MAX(payment_date) AS last_day FROM payment_fact "
                + "WHERE load_batch_id = ?", rs -> {
            LocalDate first = rs.getObject("first_day", LocalDate.class);
            LocalDate last = rs.getObject("last_day", LocalDate.class);
            if (first != null) {
                YearMonth end = YearMonth.from(last);
                for (YearMonth month = YearMonth.from(first); !month.isAfter(end); month = month.plusMonths(1)) {
                    months.add(month.toString());
                }
            }
        }, ledgerId);
        months.forEach(month -> toMatch(ledgerId, month));
        return months;
    }

    /** Deletes a ledger's results for the month and marks it as still to be matched. */
    void clear(long ledgerId, String period) {
        delete(ledgerId, period);
        toMatch(ledgerId, period);
    }

    /** Records a ledger's month as still to be matched, whatever was recorded before. */
    private void toMatch(long ledgerId, String period) {
        jdbc.update("DELETE FROM ledger_match WHERE load_batch_id = ? AND period = ?", ledgerId, period);
        jdbc.update("INSERT INTO ledger_match (load_batch_id, period, basis, payments) VALUES (?, ?, NULL, 0)",
                ledgerId, period);
    }

    /** Records a ledger's match for the month as made against the basis. */
    void matched(long ledgerId, String period, String basis, long payments) {
        jdbc.update("UPDATE ledger_match SET basis = ?, payments = ?, matched_at = ? WHERE load_batch_id = ? "
                        + "AND period = ?", basis, Math.toIntExact(payments), Timestamp.valueOf(LocalDateTime.now()),
                ledgerId, period);
    }

    /**
     * Deletes the month's results that no current ledger stands behind: those of the ledgers recorded for it that
     * are no longer current (re-exported), each found by its own index, and rows of no ledger at all (their payment
     * line deleted before V12 could name it); how many rows.
     */
    int removeNotCurrent(String period) {
        int removed = jdbc.update("DELETE FROM payment_total WHERE ledger_load_batch_id IS NULL AND period = ?", period)
                + jdbc.update("DELETE FROM payment_match WHERE ledger_load_batch_id IS NULL AND period = ?", period);
        for (long ledgerId : jdbc.queryForList("SELECT m.load_batch_id FROM ledger_match m LEFT JOIN load_batch b "
                + "ON b.load_batch_id = m.load_batch_id WHERE m.period = ? AND (b.status IS NULL OR b.status <> "
                + "'CURRENT')", Long.class, period)) {
            removed += delete(ledgerId, period);
            jdbc.update("DELETE FROM ledger_match WHERE load_batch_id = ? AND period = ?", ledgerId, period);
        }
        return removed;
    }

    private int delete(long ledgerId, String period) {
        return jdbc.update("DELETE FROM payment_total WHERE ledger_load_batch_id = ? AND period = ?", ledgerId, period)
                + jdbc.update("DELETE FROM payment_match WHERE ledger_load_batch_id = ? AND period = ?", ledgerId, period)
                + jdbc.update("DELETE FROM finding WHERE ledger_load_batch_id = ? AND monthly_period = ? "
                + "AND rule_id = 'R1'", ledgerId, period);
    }
}
