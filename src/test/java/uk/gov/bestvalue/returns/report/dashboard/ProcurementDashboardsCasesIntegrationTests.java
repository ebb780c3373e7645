package uk.gov.bestvalue.returns.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.report.dashboard.CollaborationCandidate.Basis;

/**
 * The dashboards' rules, each on a case the sample month lacks: Resources' January return beside
 * {@code fixtures/corporate-procurement-2016-01.csv} (its README says what each row proves).
 */
@SpringBootTest
class ProcurementDashboardsCasesIntegrationTests extends PipelineIntegrationTest {

    static final YearMonth JANUARY = YearMonth.of(2016, 1);
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/corporate-procurement-2016-01.csv");

    @Autowired
    ProcurementDashboards dashboards;

    Dashboards councilWide;

    @BeforeEach
    void loadResourcesAndCorporate() throws IOException {
        Path resources = PipelineTestSupport.drop("resources-procurement-2016-01.xlsx", folders.inbox());
        Path corporate = Files.copy(FIXTURE, folders.inbox().resolve(FIXTURE.getFileName()));
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(resources, corporate));
        assertThat(outcomes).extracting(SubmissionOutcome::directorate, SubmissionOutcome::rowsLoaded)
                .containsExactlyInAnyOrder(tuple("resources", 12), tuple("corporate", 12));
        councilWide = dashboards.read(JANUARY, DashboardScope.councilWide());
    }

    @Test
    void aSupplierOfTwoDirectoratesIsACandidateByCompanyNumberAndACategoryOfOneIsNot() {
        // Mulberry is CCR's 03377218 at Resources and "3377218" at Corporate: one company
        CollaborationCandidate mulberry = councilWide.collaboration().stream()
                .filter(c -> c.basis() == Basis.SUPPLIER).findFirst().orElseThrow();
        assertThat(mulberry).extracting(CollaborationCandidate::key, CollaborationCandidate::directorateIds,
                CollaborationCandidate::contracts, CollaborationCandidate::earliestEnd).containsExactly("ch:03377218",
                List.of("resources", "corporate"), 2, LocalDate.of(2016, 9, 30));
        assertThat(mulberry.combinedValue()).isEqualByComparingTo("2390000");
        assertThat(mulberry.sources()).extracting(SourceRef::file, SourceRef::row).containsExactly(
                tuple("resources-procurement-2016-01.xlsx", 5), tuple("corporate-procurement-2016-01.csv", 2));
        assertThat(councilWide.collaboration()).filteredOn(c -> c.basis() == Basis.SUPPLIER).hasSize(1);
        // Facilities, Training, Translation... are Corporate's alone; only Services is Resources' too, and
        // Corporate buys none: no category is shared
        assertThat(councilWide.collaboration()).filteredOn(c -> c.basis() == Basis.CATEGORY).isEmpty();
    }

    @Test
    void contractsWithOneSupplierEachUnderAThresholdAndTogetherReachingItArePointedAt() {
        assertThat(councilWide.splitProcurement()).extracting(SplitProcurement::supplier, SplitProcurement::rule,
                s -> s.threshold().toPlainString(), SplitProcurement::contracts, s -> s.combinedValue().toPlainString(),
                SplitProcurement::references).containsExactly(
                tuple("Equalities Training Co", "P1", "25000", 2, "27500.00", List.of("CSE-2015-002", "CSE-2015-003")),
                tuple("Civic Catering Ltd", "P3", "5000", 2, "5500.00", List.of("CSE-2015-004", "CSE-2015-005")));
        assertThat(councilWide.splitProcurement().get(0).sources()).extracting(SourceRef::row).containsExactly(3, 4);
        // Single Print's £2,000 and £2,500 reach no threshold
        assertThat(councilWide.splitProcurement()).extracting(SplitProcurement::supplier).doesNotContain("Single Print Ltd");
    }

    @Test
    void aReLetIsARecordedReProcurementAndTheWindowEnds24MonthsAfterThePeriod() {
        List<ExpiringContract> corporate = councilWide.expiring().stream()
                .filter(e -> e.directorateId().equals("corporate")).toList();
        assertThat(corporate).filteredOn(ExpiringContract::reprocurementRecorded)
                .extracting(ExpiringContract::reference, ExpiringContract::reprocuredBy)
                .containsExactly(tuple("CSE-2014-010", "CSE-2016-011"));
        // 31/01/2018 is in, 28/02/2018 is not; the re-let itself runs to 2019
        assertThat(corporate).extracting(ExpiringContract::reference).contains("CSE-2015-013")
                .doesNotContain("CSE-2015-012", "CSE-2016-011");
        assertThat(corporate).filteredOn(e -> e.reference().equals("CSE-2015-013"))
                .extracting(e -> e.quarter().label()).containsExactly("2017/18 Q4");
        assertThat(corporate).hasSize(10);
    }

    @Test
    void aDirectoratesScopeKeepsTheCandidatesItIsPartOfWithItsOwnRowsOnly() {
        Dashboards corporate = dashboards.read(JANUARY, DashboardScope.of(List.of("corporate")));

        assertThat(corporate.collaboration()).singleElement().satisfies(c -> {
            assertThat(c.directorates()).containsExactly("Resources", "Corporate Strategy and Equality");
            assertThat(c.sources()).extracting(SourceRef::file).containsExactly("corporate-procurement-2016-01.csv");
        });
        assertThat(corporate.waivers()).extracting(WaiverLine::directorateId, w -> w.quarter().label(),
                WaiverLine::references).containsExactly(tuple("corporate", "2015/16 Q4", List.of("CSE-2016-014")));
        assertThat(corporate.expiring()).allMatch(e -> e.directorateId().equals("corporate"));
        // no ledger is loaded: nothing spent, and no share to show
        assertThat(corporate.month().total().payments()).isZero();
        assertThat(corporate.month().total().offContractShare()).isNull();
        // and Resources' scope has no split procurement of Corporate's
        assertThat(dashboards.read(JANUARY, DashboardScope.of(List.of("resources"))).splitProcurement()).isEmpty();
    }
}
