package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;

/** A payment line goes to the contracts (R1) or, when its expense type says grant, to the grants (R3). */
class PaymentMatcherTests {

    private final JobDefinitions jobs = new JobDefinitions(Path.of("jobs"));
    private final Candidate contract = new Candidate(1, 1, "Contracts", 2, "adults", "ASC-1", "Carewell Homecare Ltd",
            "ch:07460318", "carewell homecare", LocalDate.of(2014, 11, 1), LocalDate.of(2018, 10, 31), BigDecimal.TEN);
    private final Candidate grant = new Candidate(2, 2, "Grants", 3, "childrens", "CSF-MGP-012", "Poplar Youth Forum",
            null, "poplar youth forum", null, null, BigDecimal.ONE);
    private final PaymentMatcher matcher = new PaymentMatcher(SupplierIndex.of(List.of(contract), 0.9),
            SupplierIndex.of(List.of(grant), 0.9), ReconcileSettings.load(jobs),
            new DirectorateNames(OwnersDirectory.load(jobs)));

    @Test
    void aPaymentToAContractedSupplierIsOnContractInItsDepartmentsDirectorate() {
        PaymentMatch match = matcher.process(payment("Carewell Homecare Ltd", "ch:07460318", "Adult Social Care", "Home care"));

        assertThat(match.kind()).isEqualTo(PaymentMatch.CONTRACT);
        assertThat(match.offContract()).isFalse();
        assertThat(match.directorateId()).isEqualTo("adults");
    }

    @Test
    void aPaymentWithNoContractIsOffContract() {
        PaymentMatch match = matcher.process(payment("Bluebell Care Agency Ltd", null, "Development and Renewal", "Care"));

        assertThat(match.offContract()).isTrue();
        assertThat(match.directorateId()).isEqualTo("place");
    }

    @Test
    void aGrantPaymentIsMatchedToTheGrantsAndIsNeverOffContract() {
        PaymentMatch match = matcher.process(payment("Poplar Youth Forum", null, null, "Grants to voluntary organisations"));

        assertThat(match.kind()).isEqualTo(PaymentMatch.GRANT);
        assertThat(match.offContract()).isFalse();
        assertThat(match.result().candidate().reference()).isEqualTo("CSF-MGP-012");
        assertThat(match.directorateId()).as("from the grant when the department names none").isEqualTo("childrens");
    }

    private static LedgerPayment payment(String supplier, String key, String department, String expenseType) {
        return new LedgerPayment(10, 5, "finance-spend-2016-01.csv", "finance-spend-2016-01", 2, LocalDate.of(2016, 1, 15),
                supplier, new BigDecimal("1000.00"), key, department, expenseType);
    }
}
