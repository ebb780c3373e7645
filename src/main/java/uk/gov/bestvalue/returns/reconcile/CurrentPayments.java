package uk.gov.bestvalue.returns.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Streams a period's payment lines from the current spend ledgers, in id order, in one query on a connection of
 * its own: the reconciliation writes its results on the transaction's connection meanwhile, and MySQL's driver
 * allows nothing else on a connection while it streams a result.
 */
public final class CurrentPayments {

    private static final String LINES = "SELECT p.payment_fact_id, p.load_batch_id, b.file_name, p.source_sheet, "
            + "p.source_row, p.payment_date, p.supplier_name, p.amount, p.supplier_key, p.department, p.expense_type "
            + "FROM payment_fact p JOIN load_batch b ON b.load_batch_id = p.load_batch_id "
            + "WHERE b.status = 'CURRENT' AND p.payment_date BETWEEN ? AND ? ORDER BY p.payment_fact_id";

    private final DataSource dataSource;

    public CurrentPayments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hands each of the period's lines to the consumer, as it is read; how many there were. */
    public long forEach(String period, Consumer<LedgerPayment> consumer) {
        YearMonth month = YearMonth.parse(period);
        try (Connection connection = dataSource.getConnection()) {
            boolean mysql = connection.getMetaData().getDriverName().toLowerCase().contains("mysql");
            try (PreparedStatement statement = connection.prepareStatement(LINES, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                // Connector/J streams row by row only with this fetch size; otherwise it holds the whole result
                statement.setFetchSize(mysql ? Integer.MIN_VALUE : 1_000);
                statement.setDate(1, java.sql.Date.valueOf(month.atDay(1)));
                statement.setDate(2, java.sql.Date.valueOf(month.atEndOfMonth()));
                long lines = 0;
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        java.sql.Date date = rs.getDate(6);
                        consumer.accept(new LedgerPayment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                                rs.getString(4), rs.getInt(5), date == null ? null : date.toLocalDate(),
                                rs.getString(7), rs.getBigDecimal(8), rs.getString(9), rs.getString(10),
                                rs.getString(11)));
                        lines++;
                    }
                }
                return lines;
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read the payment lines of " + period, e);
        }
    }
}
