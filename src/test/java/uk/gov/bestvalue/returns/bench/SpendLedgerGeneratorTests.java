package uk.gov.bestvalue.returns.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.reconcile.Candidate;
import uk.gov.bestvalue.returns.reconcile.MatchMethod;
import uk.gov.bestvalue.returns.reconcile.SupplierIndex;
import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * The benchmark's ledger is a spend ledger the pipeline recognises, paying the generated contracts' suppliers in
 * its month: by company number, by name written another way, misspelt, and off-contract, in the shares it promises.
 */
class SpendLedgerGeneratorTests {

    private static final JobDefinitions JOBS = new JobDefinitions(Path.of("jobs"));

    @TempDir
    Path dir;

    @Test
    void theLedgerIsRecognisedAsASpendLedgerOfItsLines() throws Exception {
        // given a ledger of 2,000 lines
        Path file = new SpendLedgerGenerator(YearMonth.of(2017, 6)).generate(dir.resolve("finance-spend.csv"), 2000);

        // when it is recognised
        Recognition recognition;
        try (WorkbookFile workbook = Workbooks.open(file)) {
            recognition = new ReturnRecognizer(ReturnCatalog.load(JOBS), OwnersDirectory.load(JOBS)).recognise(workbook);
        }

        // then it is a spend ledger with every column found, and a header and 2,000 lines
        assertThat(recognition.spec().id()).isEqualTo("spend-ledger");
        for (String field : List.of("payment_date", "supplier_name", "amount", "transaction_reference", "department",
                "expense_type", "supplier_company_number")) {
            assertThat(recognition.header().columnOf(field)).as(field).isNotNegative();
        }
        assertThat(Files.readAllLines(file)).hasSize(2001);
    }

    @Test
    void itsLinesMatchTheContractsSuppliersInThePromisedShares() throws Exception {
        // given the ledger and every supplier of the generated contracts, indexed as reconciliation indexes them
        Path file = new SpendLedgerGenerator(YearMonth.of(2017, 6)).generate(dir.resolve("finance-spend.csv"), 10_000);
        SupplierIndex index = new SupplierIndex(0.90);
        for (int s = 0; s < ContractRowValues.SUPPLIERS; s++) {
            String name = ContractRowValues.supplierName(s);
            index.add(new Candidate(s, 1, "Contracts", s + 2, "resources", "RES-" + s, name,
                    SupplierKey.of(name, ContractRowValues.companyNumber(s)), SupplierKey.normalisedName(name), null,
                    null, BigDecimal.ONE));
        }

        // when every line is matched
        Map<MatchMethod, Integer> methods = new EnumMap<>(MatchMethod.class);
        DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (String line : Files.readAllLines(file).subList(1, 10_001)) {
            String[] cells = line.split(",", -1);
            LocalDate date = LocalDate.parse(cells[0], day);
            assertThat(YearMonth.from(date)).isEqualTo(YearMonth.of(2017, 6));
            assertThat(new BigDecimal(cells[2])).isBetween(new BigDecimal("500.00"), new BigDecimal("50500.00"));
            String companyKey = cells[6].isEmpty() ? null : SupplierKey.of(null, cells[6]);
            MatchMethod method = index.match(companyKey, SupplierKey.normalisedName(cells[1]), date, "resources").method();
            methods.merge(method, 1, Integer::sum);
        }

        // then about half match by company number, a tenth are off-contract, some only by a similar name
        assertThat(methods.get(MatchMethod.COMPANY_NUMBER)).isBetween(4_700, 5_300);
        assertThat(methods.get(MatchMethod.NONE)).isBetween(800, 1_200);
        assertThat(methods.get(MatchMethod.NAME_SIMILAR)).isBetween(200, 500);
        assertThat(methods.get(MatchMethod.NAME_EXACT)).isBetween(3_000, 4_000);
    }
}
