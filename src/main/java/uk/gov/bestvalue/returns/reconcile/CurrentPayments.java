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
 * A ledger's lines are read in slices of their primary key ({@link KeySlices}); lines dated outside the period are
 * skipped.
 */
public final class CurrentPayments {

    /** The current ledgers; their few names are looked up once rather than joined to every line. */
    private static final String LEDGERS = "SELECT load_batch_id, file_name FROM load_batch "
            + "WHERE status = 'CURRENT' AND return_type = 'spend-ledger' ORDER BY load_batch_id";
    private static final String COLUMNS = "payment_fact_id, source_sheet, source_row, payment_date, supplier_name, "
            + "amount, supplier_key, department, expense_type";

    private final DataSource dataSource;
    private final KeySlices lines;

    public CurrentPayments(DataSource dataSource) {
        this(dataSource, KeySlices.SLICE);
    }

    /** With slices of {@code slice} keys (tests use small ones, to cross many slice boundaries). */
    public CurrentPayments(DataSource dataSource, int slice) {
        this.dataSource = dataSource;
        this.lines = new KeySlices("payment_fact", "payment_fact_id", COLUMNS, slice);
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

    /** Hands one ledger's lines of the period to the consumer, {@code batchSize} at a time. */
    public void forLedger(long ledgerId, String fileName, String period, int batchSize,
                          Consumer<List<LedgerPayment>> consumer) {
        Batches batches = new Batches(batchSize, consumer);
        try (Connection connection = dataSource.getConnection()) {
            read(connection, ledgerId, fileName, YearMonth.parse(period), batches);
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the ledger's payment lines", e);
        }
        batches.flush();
    }

    private static Map<Long, String> currentLedgers(Connection connection) throws SQLException {
        Map<Long, String> ledgers = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(LEDGERS);
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                ledgers.put(rs.getLong("load_batch_id"), rs.getString("file_name"));
            }
        }
        return ledgers;
    }

    private void read(Connection connection, long ledger, String fileName, YearMonth month, Batches batches)
            throws SQLException {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        lines.read(connection, ledger, rs -> {
            LocalDate day = rs.getObject("payment_date", LocalDate.class);
            if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
                batches.add(new LedgerPayment(rs.getLong("payment_fact_id"), ledger, fileName,
                        rs.getString("source_sheet"), rs.getInt("source_row"), day, rs.getString("supplier_name"),
                        rs.getBigDecimal("amount"), rs.getString("supplier_key"), rs.getString("department"),
                        rs.getString("expense_type")));
            }
        });
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
