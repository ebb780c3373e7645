package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

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

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * Reading a period's lines back in slices of the primary key: every current ledger's lines of the period once, in
 * file order, whatever else the slices hold (another ledger's lines, a superseded ledger's, other months').
 */
@SpringBootTest
class CurrentPaymentsIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void readsEachCurrentLedgersLinesOfThePeriodOnceInFileOrderAcrossSlices() {
        // given two current ledgers whose lines were written interleaved, a superseded one, and lines of other months
        long adults = ledger("adults-spend-2016-01.csv", "CURRENT");
        long place = ledger("place-spend-2016-01.csv", "CURRENT");
        long old = ledger("place-spend-2016-01-first.csv", "SUPERSEDED");
        List<String> expectedAdults = new ArrayList<>();
        List<String> expectedPlace = new ArrayList<>();
        for (int row = 2; row < 60; row++) {
            LocalDate date = row % 10 == 0 ? LocalDate.of(2016, 2, 1) : row % 11 == 0 ? LocalDate.of(2015, 12, 31)
                    : LocalDate.of(2016, 1, 1 + row % 31);
            boolean inPeriod = date.getMonthValue() == 1 && date.getYear() == 2016;
            line(adults, row, date);
            line(old, row, date);
            line(place, row, date);
            if (inPeriod) {
                expectedAdults.add("adults-spend-2016-01.csv:" + row);
                expectedPlace.add("place-spend-2016-01.csv:" + row);
            }
        }

        // when the period is read in slices of 7 keys, batches of 5 lines
        List<String> read = new ArrayList<>();
        List<Integer> batchSizes = new ArrayList<>();
        new CurrentPayments(dataSource, 7).forEach("2016-01", 5, batch -> {
            batchSizes.add(batch.size());
            batch.forEach(p -> read.add(p.fileName() + ":" + p.row()));
        });

        // then each current ledger's lines of January come once, ledger by ledger, in file order
        List<String> expected = new ArrayList<>(expectedAdults);
        expected.addAll(expectedPlace);
        assertThat(read).containsExactlyElementsOf(expected);
        assertThat(batchSizes.subList(0, batchSizes.size() - 1)).allMatch(size -> size == 5);
        assertThat(batchSizes.get(batchSizes.size() - 1)).isBetween(1, 5);
    }

    @Test
    void aLedgerWithNoLinesIsSkipped() {
        ledger("resources-spend-2016-01.csv", "CURRENT");

        List<LedgerPayment> read = new ArrayList<>();
        new CurrentPayments(dataSource, 7).forEach("2016-01", 5, read::addAll);

        assertThat(read).isEmpty();
    }

    private long ledger(String file, String status) {
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status, return_type, "
                        + "directorate_id, period) VALUES (?, ?, 0, ?, ?, 'spend-ledger', NULL, '2016-01')")
                .params(file, String.format("%064d", Math.abs(file.hashCode())), Timestamp.valueOf(LocalDateTime.now()),
                        status)
                .update();
        return jdbc.sql("SELECT MAX(load_batch_id) FROM load_batch WHERE file_name = ?").param(file)
                .query(Long.class).single();
    }

    private void line(long ledger, int row, LocalDate date) {
        jdbc.sql("INSERT INTO payment_fact (load_batch_id, source_sheet, source_row, payment_date, supplier_name, "
                        + "amount, department, expense_type, supplier_key) VALUES (?, 'ledger', ?, ?, ?, ?, "
                        + "'Resources', 'Services', ?)")
                .params(ledger, row, java.sql.Date.valueOf(date), "Supplier " + row, new BigDecimal("600.00"),
                        "supplier " + row)
                .update();
    }
}
