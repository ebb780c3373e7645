package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.streaming.ReadAheads;

/**
 * The matching thread's failures reach the writer whatever they are: an Error part-way through a ledger (out of memory,
 * out of stack) fails the match instead of ending it as if every line had been matched.
 */
@SpringBootTest
class MatchingReaderIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    ReadAheads readAheads;

    @Test
    void anErrorMidMatchFailsTheMatchRatherThanEndingItEarly() {
        // given a ledger of 40 lines of January, and a matcher that runs out of stack at its 25th line
        long ledger = ledger();
        for (int row = 2; row < 42; row++) {
            line(ledger, row);
        }
        PaymentMatcher failing = new PaymentMatcher(null, null, null, null) {
            private int seen;

            @Override
            public PaymentMatch process(LedgerPayment payment) {
                if (++seen == 25) {
                    throw new StackOverflowError("matching line " + payment.row());
                }
                return new PaymentMatch(payment, PaymentMatch.CONTRACT, MatchResult.NONE, "resources");
            }
        };
        PaymentMatchWriter writer = new PaymentMatchWriter("2016-01", new JdbcTemplate(dataSource), null, false) {
            @Override
            public boolean writes(PaymentMatch match) {
                return true;
            }
        };
        PaymentTotals totals = new PaymentTotals(ledger);

        // when the writer drains the matches, 10 lines a batch
        List<Integer> rows = new ArrayList<>();
        try (MatchingReader reader = new MatchingReader(readAheads, new CurrentPayments(dataSource, 7), 10, ledger,
                "resources-spend-2016-01.csv", "2016-01", failing, writer, totals)) {
            // then the Error comes out of the reader after the 24 lines matched, never the end of the stream
            assertThatThrownBy(() -> {
                for (PaymentMatch match = reader.next(); match != null; match = reader.next()) {
                    rows.add(match.payment().row());
                }
            }).isInstanceOf(StackOverflowError.class).hasMessage("matching line 26");
        }
        assertThat(rows).hasSize(24).startsWith(2).endsWith(25);
    }

    private long ledger() {
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status, return_type, "
                        + "directorate_id, period) VALUES ('resources-spend-2016-01.csv', ?, 0, ?, 'CURRENT', "
                        + "'spend-ledger', NULL, '2016-01')")
                .params("a".repeat(64), Timestamp.valueOf(LocalDateTime.now())).update();
        return jdbc.sql("SELECT MAX(load_batch_id) FROM load_batch").query(Long.class).single();
    }

    private void line(long ledger, int row) {
        jdbc.sql("INSERT INTO payment_fact (load_batch_id, source_sheet, source_row, payment_date, supplier_name, "
                        + "amount, department, expense_type, supplier_key) VALUES (?, 'ledger', ?, ?, ?, ?, "
                        + "'Resources', 'Services', ?)")
                .params(ledger, row, java.sql.Date.valueOf(LocalDate.of(2016, 1, 1 + row % 28)), "Supplier " + row,
                        new BigDecimal("600.00"), "supplier " + row)
                .update();
    }
}
