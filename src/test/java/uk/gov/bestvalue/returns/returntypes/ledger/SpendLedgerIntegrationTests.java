package uk.gov.bestvalue.returns.returntypes.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.returntypes.CheckReport;
import uk.gov.bestvalue.returns.returntypes.ReturnChecker;

/**
 * Two published spend exports through the whole pipeline on the real database: a Hyndburn CSV (Windows-1252,
 * bare-CR line endings) and a Lancashire PCC workbook with one month per sheet. Their payment lines land in
 * {@code payment_fact} with their sheet and row, and {@code check} recognises them as spend ledgers.
 */
@SpringBootTest
class SpendLedgerIntegrationTests extends PipelineIntegrationTest {

    private static final String HYNDBURN_FILE = "hyndburn_spend_raw/1705.csv";
    private static final String PCC_FILE = "lancashire_xlsx/pcc-2019-20.xlsx";
    // counted by src/test/resources/realdata/count_rows.py (expected-ledger-rows.csv)
    private static final int HYNDBURN_LINES = 178;
    private static final int PCC_LINES = 7211;

    @Autowired
    private ReturnChecker checker;

    @Test
    void paymentLinesAreLoadedWithTheirFileSheetAndRow() throws IOException {
        Path realData = RealData.folder("SpendLedgerIntegrationTests");
        Path hyndburn = realData.resolve(HYNDBURN_FILE);
        Path pcc = realData.resolve(PCC_FILE);
        // given the two exports dropped in the inbox, unedited
        List<Path> dropped = List.of(copyToInbox(hyndburn), copyToInbox(pcc));

        // when they are processed
        List<SubmissionOutcome> outcomes = poller.processNow(dropped);

        // then both are current spend ledgers of the finance directorate, every line loaded
        assertThat(outcomes).extracting(SubmissionOutcome::returnType).containsOnly("spend-ledger");
        assertThat(outcomes).extracting(SubmissionOutcome::directorate).containsOnly("finance");
        assertThat(outcomes).extracting(SubmissionOutcome::rowsLoaded).containsExactly(HYNDBURN_LINES, PCC_LINES);
        assertThat(count("SELECT COUNT(*) FROM v_payment_current WHERE file_name = '1705.csv'")).isEqualTo(HYNDBURN_LINES);
        assertThat(count("SELECT COUNT(*) FROM v_payment_current WHERE file_name = 'pcc-2019-20.xlsx'")).isEqualTo(PCC_LINES);
        // one sheet per month: twelve sheets, each line with its sheet and spreadsheet row
        assertThat(count("SELECT COUNT(DISTINCT source_sheet) FROM v_payment_current WHERE file_name = 'pcc-2019-20.xlsx'"))
                .isEqualTo(12);
        assertThat(jdbc.sql("""
                        SELECT payment_date, amount, supplier_name, expense_type, supplier_key FROM v_payment_current
                        WHERE file_name = 'pcc-2019-20.xlsx' AND source_sheet = 'Apr 19' AND source_row = 2""")
                .query((rs, n) -> List.of(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), rs.getString(3),
                        rs.getString(4), rs.getString(5)))
                .single()).containsExactly(LocalDate.of(2019, 4, 24), new BigDecimal("1250.00"), "WYRE BOROUGH COUNCIL",
                        "Rents - General", "name:wyre borough council");
        // the CSV's sheet is the file's name; its dd/mm/yyyy dates, references and cost centres are read
        assertThat(jdbc.sql("""
                        SELECT payment_date, amount, supplier_name, transaction_reference, cost_centre, source_sheet
                        FROM v_payment_current WHERE file_name = '1705.csv' AND source_row = 2""")
                .query((rs, n) -> List.of(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .single()).containsExactly(LocalDate.of(2017, 5, 3), new BigDecimal("337.00"), "THOMSON REUTERS",
                        "B000018815/50652", "LEGAL SERVICES", "1705");
        // no line lacks its lineage or its date and amount
        assertThat(count("SELECT COUNT(*) FROM payment_fact WHERE payment_date IS NULL OR amount IS NULL "
                + "OR source_row < 2")).isZero();
    }

    @Test
    void checkRecognisesASpendLedger() throws IOException {
        Path realData = RealData.folder("SpendLedgerIntegrationTests");
        Path hyndburn = realData.resolve(HYNDBURN_FILE);
        Path pcc = realData.resolve(PCC_FILE);
        // when a person checks each export
        CheckReport csv = checker.check(hyndburn, "sha");
        CheckReport workbook = checker.check(pcc, "sha");

        // then it is accepted as a spend ledger with every payment line
        assertThat(List.of(csv, workbook)).extracting(CheckReport::returnType).containsOnly("spend-ledger");
        assertThat(List.of(csv, workbook)).allMatch(CheckReport::accepted);
        assertThat(csv.rows()).isEqualTo(HYNDBURN_LINES);
        assertThat(workbook.rows()).isEqualTo(PCC_LINES);
        assertThat(workbook.findings()).isEmpty();
    }

    private Path copyToInbox(Path file) throws IOException {
        Files.createDirectories(folders.inbox());
        return Files.copy(file, folders.inbox().resolve(file.getFileName()));
    }
}
