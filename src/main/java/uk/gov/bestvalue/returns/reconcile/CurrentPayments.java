package uk.gov.bestvalue.returns.reconcile;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * Streams a period's payment lines from the current spend ledgers, in batches of lines, ledger by ledger in file
 * order, on a connection of its own, while the reconciliation writes its results on others.
 */
public final class CurrentPayments {

    /** The current ledgers; their few names are looked up once rather than joined to every line. */
    private static final String LEDGERS = "SELECT load_batch_id, file_name FROM load_batch "
            + "WHERE status = 'CURRENT' AND return_type = 'spend-ledger' ORDER BY load_batch_id";
    /** By the batch's unique (batch, sheet, row) index or the date's: no join, no sort of a million lines. */
    private static final String LINES = "SELECT payment_fact_id, source_sheet, source_row, payment_date, supplier_name, "
            + "amount, supplier_key, department, expense_type FROM payment_fact "
            + "WHERE load_batch_id = ? AND payment_date BETWEEN ? AND ?";

    private final DataSource dataSource;

    public CurrentPayments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Hands the period's lines to the consumer, {@code batchSize} at a time (the last batch may be smaller). */
    public void forEach(String period, int batchSize, Consumer<List<LedgerPayment>> consumer) {
        YearMonth month = YearMonth.parse(period);
        Map<Long, String> ledgers = new LinkedHashMap<>();
        StreamedRows.query(dataSource, LEDGERS, rs -> {
            ledgers.put(rs.getLong(1), rs.getString(2));
        });
        Batches batches = new Batches(batchSize, consumer);
        for (Map.Entry<Long, String> ledger : ledgers.entrySet()) {
            StreamedRows.query(dataSource, LINES, rs -> {
                java.sql.Date date = rs.getDate(4);
                batches.add(new LedgerPayment(rs.getLong(1), ledger.getKey(), ledger.getValue(), rs.getString(2),
                        rs.getInt(3), date == null ? null : date.toLocalDate(), rs.getString(5), rs.getBigDecimal(6),
                        rs.getString(7), rs.getString(8), rs.getString(9)));
            }, ledger.getKey(), java.sql.Date.valueOf(month.atDay(1)), java.sql.Date.valueOf(month.atEndOfMonth()));
        }
        batches.flush();
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
