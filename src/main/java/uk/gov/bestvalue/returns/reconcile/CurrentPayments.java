package uk.gov.bestvalue.returns.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Streams a period's payment lines from the current spend ledgers, in batches of lines, ledger by ledger in file
 * order, on a connection of its own, while the reconciliation writes its results on others.
 * <p>
 * A ledger's lines are read in slices of their primary key, the table's own order: a query on the ledger's index
 * looks every line up again by its key (and H2 spools a million-row result to disk first), which made reading
 * back a million lines take twice as long. A slice may hold another ledger's lines (two ledgers loading at once):
 * they are skipped here, as are lines dated outside the period.
 */
public final class CurrentPayments {

    /** Lines per slice: each slice's rows are held in memory, by the driver or the database, until read. */
    static final int SLICE = 10_000;
    /** The current ledgers; their few names are looked up once rather than joined to every line. */
    private static final String LEDGERS = "SELECT load_batch_id, file_name FROM load_batch "
            + "WHERE status = 'CURRENT' AND return_type = 'spend-ledger' ORDER BY load_batch_id";
    private static final String KEYS = "SELECT MIN(payment_fact_id), MAX(payment_fact_id) FROM payment_fact "
            + "WHERE load_batch_id = ?";
    /** By primary key alone: a condition on the ledger would have the database use its index instead. */
    private static final String LINES = "SELECT payment_fact_id, load_batch_id, source_sheet, source_row, "
            + "payment_date, supplier_name, amount, supplier_key, department, expense_type FROM payment_fact "
            + "WHERE payment_fact_id BETWEEN ? AND ?";

    private final DataSource dataSource;
    private final int slice;

    public CurrentPayments(DataSource dataSource) {
        this(dataSource, SLICE);
    }

    /** With slices of {@code slice} keys (tests use small ones, to cross many slice boundaries). */
    public CurrentPayments(DataSource dataSource, int slice) {
        this.dataSource = dataSource;
        this.slice = slice;
    }

    /** Hands the period's lines to the consumer, {@code batchSize} at a time (the last batch may be smaller). */
    public void forEach(String period, int batchSize, Consumer<List<LedgerPayment>> consumer) {
        YearMonth month = YearMonth.parse(period);
        Batches batches = new Batches(batchSize, consumer);
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<Long, String> ledger : currentLedgers(connection).entrySet()) {
                read(connection, ledger.getKey(), ledger.getValue(), month, batches);
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the period's payment lines", e);
        }
        batches.flush();
    }

    private static Map<Long, String> currentLedgers(Connection connection) throws SQLException {
        Map<Long, String> ledgers = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(LEDGERS);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ledgers.put(rs.getLong(1), rs.getString(2));
            }
        }
        return ledgers;
    }

    private void read(Connection connection, long ledger, String fileName, YearMonth month, Batches batches)
            throws SQLException {
        long first;
        long last;
        try (PreparedStatement statement = connection.prepareStatement(KEYS)) {
            statement.setLong(1, ledger);
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                first = rs.getLong(1);
                last = rs.getLong(2);
                if (rs.wasNull()) {
                    return; // a ledger of no lines
                }
            }
        }
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        try (PreparedStatement statement = connection.prepareStatement(LINES)) {
            statement.setFetchSize(slice);
            for (long start = first; start <= last; start += slice) {
                statement.setLong(1, start);
                statement.setLong(2, Math.min(last, start + slice - 1));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date date = rs.getDate(5);
                        LocalDate day = date == null ? null : date.toLocalDate();
                        if (rs.getLong(2) != ledger || day == null || day.isBefore(from) || day.isAfter(to)) {
                            continue;
                        }
                        batches.add(new LedgerPayment(rs.getLong(1), ledger, fileName, rs.getString(3), rs.getInt(4),
                                day, rs.getString(6), rs.getBigDecimal(7), rs.getString(8), rs.getString(9),
                                rs.getString(10)));
                    }
                }
            }
        }
    }

    /** Lines gathered into lists of a fixed size, each handed on when full. */
    private static final class Batches {

        private final int size;
        private final Consumer<List<LedgerPayment>> consumer;
        private List<LedgerPayment> open;

        Batches(int size, Consumer<List<LedgerPayment>> consumer) {
            this.size = size;
            this.consumer = consumer;
            this.open = new ArrayList<>(size);
        }

        void add(LedgerPayment payment) {
            open.add(payment);
            if (open.size() == size) {
                flush();
            }
        }

        void flush() {
            if (!open.isEmpty()) {
                consumer.accept(open);
                open = new ArrayList<>(size);
            }
        }
    }
}
