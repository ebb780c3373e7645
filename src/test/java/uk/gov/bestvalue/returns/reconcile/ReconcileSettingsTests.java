package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;

/** rules.yml's reconciliation section and schedule.yml's deadline, as the rules read them. */
class ReconcileSettingsTests {

    private final ReconcileSettings settings = ReconcileSettings.load(new JobDefinitions(Path.of("jobs")));

    @Test
    void readsTheThresholdsAndTheDeadlineDay() {
        assertThat(settings.nameSimilarity()).isEqualTo(0.90);
        assertThat(settings.receiptTolerance()).isEqualByComparingTo("0.01");
        assertThat(settings.deadlineDay()).isEqualTo(3);
        assertThat(settings.on("R1")).isTrue();
    }

    @Test
    void tellsAGrantPaymentByItsExpenseType() {
        assertThat(settings.isGrantPayment("Grants to voluntary organisations")).isTrue();
        assertThat(settings.isGrantPayment("Home care")).isFalse();
        assertThat(settings.isGrantPayment(null)).isFalse();
    }

    @Test
    void saysWhichReturnsEachDirectorateOwes() {
        assertThat(settings.owedBy("adults")).containsExactly("procurement-contracts", "grant-agreements",
                "property-disposals");
        assertThat(settings.owedBy("corporate")).containsExactly("action-plan-milestones");
        assertThat(settings.owedBy("finance")).isEmpty();
    }

    @Test
    void ragOfTheOffContractShare() {
        assertThat(settings.status(new BigDecimal("0.05"))).isEqualTo("GREEN");
        assertThat(settings.status(new BigDecimal("0.1238"))).isEqualTo("AMBER");
        assertThat(settings.status(new BigDecimal("0.1501"))).isEqualTo("RED");
        assertThat(settings.status(null)).isEqualTo("GREEN");
    }
}
