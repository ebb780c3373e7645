package uk.gov.bestvalue.returns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.report.PackData.OffContractRow;
import uk.gov.bestvalue.returns.report.PackData.ProcurementRow;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The pack's tables: totals, shares and statuses, with the thresholds of jobs/rules.yml. */
class PackTablesTests {

    static final JobDefinitions JOBS = new JobDefinitions(Path.of("jobs"));
    final PackTables tables = new PackTables(ReconcileSettings.load(JOBS), RuleSettings.load(JOBS));

    @Test
    void theLondonLivingWageStatusIsGreenAtTheTargetOfRulesYmlAndRedBelowIt() {
        // given one directorate at 4 of 5 applicable contracts (80%, the target) and one at 3 of 4 (75%)
        PackData data = PackTestData.pack(List.of(
                new ProcurementRow("Resources", 10, new BigDecimal("100000"), 9, 1, 6, 6, 5, 4),
                new ProcurementRow("Health", 5, new BigDecimal("50000.50"), 5, 0, 4, 3, 4, 3)), List.of());

        // when the procurement section is laid out
        Table contracts = tables.procurement(data).tables().get(0);

        // then each line has its shares and LLW status, and the total adds them up
        assertThat(contracts.rows().get(0)).containsExactly("Resources", 10, new BigDecimal("100000"), 9, 1,
                new BigDecimal("0.1000"), 6, 6, new BigDecimal("1.0000"), 5, 4, new BigDecimal("0.8000"), "GREEN");
        assertThat(contracts.rows().get(1).get(12)).isEqualTo("RED");
        assertThat(contracts.rows().get(2)).containsExactly("Total", 15, new BigDecimal("150000.50"), 14, 1,
                new BigDecimal("0.0667"), 10, 9, new BigDecimal("0.9000"), 9, 7, new BigDecimal("0.7778"), "RED");
        assertThat(contracts.total()).isTrue();
        assertThat(contracts.note()).contains("target 80%");
    }

    @Test
    void theOffContractTotalIsRatedByTheSameThresholdsAsEachDirectorate() {
        // given two directorates, 3% and 10% off-contract
        PackData data = PackTestData.pack(List.of(), List.of(
                new OffContractRow("Resources", 2, new BigDecimal("1000.00"), 1, new BigDecimal("30.00"),
                        new BigDecimal("0.0300"), "GREEN"),
                new OffContractRow("Place", 2, new BigDecimal("1000.00"), 1, new BigDecimal("100.00"),
                        new BigDecimal("0.1000"), "AMBER")));

        // when laid out
        Table offContract = tables.procurement(data).tables().get(1);

        // then the total is 6.5%, AMBER (over rules.yml's 5%, up to 15%)
        assertThat(offContract.rows().get(2)).containsExactly("Total", 4, new BigDecimal("2000.00"), 2,
                new BigDecimal("130.00"), new BigDecimal("0.0650"), "AMBER");
        assertThat(offContract.note()).contains("GREEN up to 5%", "AMBER up to 15%");
    }

    @Test
    void theDeliveryTableEndsWithTheOverallLineAndQuotesTheRagThresholds() {
        Table delivery = tables.delivery(PackTestData.pack(List.of(), List.of())).tables().get(0);

        assertThat(delivery.total()).isTrue();
        assertThat(delivery.rows().get(delivery.rows().size() - 1).get(0)).isEqualTo("Overall");
        assertThat(delivery.columns().subList(PackTables.FIRST_COUNT_COLUMN, PackTables.LAST_COUNT_COLUMN + 1))
                .extracting(Table.Column::header)
                .containsExactly("Complete", "On target", "Ongoing", "Revised date proposed", "Overdue");
        assertThat(delivery.note()).contains("GREEN at 90%", "AMBER at 75%");
    }

    @Test
    void everyStatusWordHasItsColour() {
        assertThat(StatusColour.of("GREEN")).isEqualTo(StatusColour.GREEN);
        assertThat(StatusColour.of("received")).isEqualTo(StatusColour.GREEN);
        assertThat(StatusColour.of("loaded with findings")).isEqualTo(StatusColour.AMBER);
        assertThat(StatusColour.of("missing")).isEqualTo(StatusColour.RED);
        assertThat(StatusColour.of("rejected")).isEqualTo(StatusColour.RED);
        assertThat(StatusColour.of("not owed")).isEqualTo(StatusColour.GREY);
        assertThat(StatusColour.of(null)).isEqualTo(StatusColour.NONE);
    }
}
