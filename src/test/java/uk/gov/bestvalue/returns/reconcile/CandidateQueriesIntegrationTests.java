package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * The contracts a period's payments are matched against, read in slices of the primary key: each directorate's
 * latest current return of the period or before, every contract of it once, whatever else the slices hold.
 */
@SpringBootTest
class CandidateQueriesIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Test
    void readsEachDirectoratesLatestCurrentReturnOnceAcrossSlices() {
        // given two directorates' January returns written interleaved, a superseded one, a February one, and a
        // directorate whose latest return is December's
        long adults = procurementReturn("adults", "2016-01", "CURRENT");
        long place = procurementReturn("place", "2016-01", "CURRENT");
        long replaced = procurementReturn("place", "2016-01", "SUPERSEDED");
        long february = procurementReturn("adults", "2016-02", "CURRENT");
        long resources = procurementReturn("resources", "2015-12", "CURRENT");
        List<String> expected = new ArrayList<>();
        for (int row = 2; row < 40; row++) {
            contract(adults, row);
            contract(replaced, row);
            contract(place, row);
            contract(february, row);
            expected.add("adults:" + row);
            expected.add("place:" + row);
        }
        contract(resources, 2);
        expected.add("resources:2");

        // when January's contracts are read in slices of 7 keys
        List<Candidate> contracts = new CandidateQueries(jdbcTemplate, 7).contracts("2016-01");

        // then each latest current return's contracts come once, with their cell and keys
        assertThat(contracts).extracting(c -> c.directorateId() + ":" + c.row())
                .containsExactlyInAnyOrderElementsOf(expected);
        Candidate first = contracts.stream().filter(c -> c.directorateId().equals("place") && c.row() == 2)
                .findFirst().orElseThrow();
        assertThat(first.loadBatchId()).isEqualTo(place);
        assertThat(first.sheet()).isEqualTo("Contracts");
        assertThat(first.reference()).isEqualTo("CON-2");
        assertThat(first.nameKey()).isEqualTo("supplier 2");
        assertThat(first.companyKey()).isEqualTo("ch:00000002");
        assertThat(first.start()).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(first.end()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(first.value()).isEqualByComparingTo("1002.00");
    }

    @Test
    void aPeriodWithNoReturnHasNoContracts() {
        procurementReturn("adults", "2016-02", "CURRENT");

        assertThat(new CandidateQueries(jdbcTemplate, 7).contracts("2016-01")).isEmpty();
    }

    private long procurementReturn(String directorate, String period, String status) {
        String file = directorate + "-procurement-" + period + "-" + status + ".xlsx";
        jdbc.sql("INSERT INTO load_batch (file_name, sha256, file_bytes, received_at, status, return_type, "
                        + "directorate_id, period) VALUES (?, ?, 0, ?, ?, 'procurement-contracts', ?, ?)")
                .params(file, String.format("%064d", Math.abs(file.hashCode())), Timestamp.valueOf(LocalDateTime.now()),
                        status, directorate, period)
                .update();
        return jdbc.sql("SELECT MAX(load_batch_id) FROM load_batch WHERE file_name = ?").param(file)
                .query(Long.class).single();
    }

    private void contract(long loadBatch, int row) {
        jdbc.sql("INSERT INTO contract_fact (load_batch_id, source_sheet, source_row, contract_reference, "
                        + "supplier_name, supplier_key, start_date, end_date, total_value) "
                        + "VALUES (?, 'Contracts', ?, ?, ?, ?, ?, ?, ?)")
                .params(loadBatch, row, "CON-" + row, "Supplier " + row, String.format("ch:%08d", row),
                        java.sql.Date.valueOf(LocalDate.of(2015, 4, 1)), java.sql.Date.valueOf(LocalDate.of(2017, 3, 31)),
                        new BigDecimal(1000 + row + ".00"))
                .update();
    }
}
