package uk.gov.bestvalue.returns.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.cli.MonthlyCommand;
import uk.gov.bestvalue.returns.report.dashboard.CollaborationCandidate.Basis;

/**
 * The procurement dashboards of the sample month (January 2016), each table against figures worked out by hand from
 * the samples' rows ({@code input-samples/README.md}, {@code reconciliation.md}).
 */
@SpringBootTest
class ProcurementDashboardsIntegrationTests extends PipelineIntegrationTest {

    static final YearMonth JANUARY = YearMonth.of(2016, 1);
    static final String LEDGER = "finance-spend-2016-01.csv";
    static final List<String> PROCUREMENT = List.of("adults-procurement-2016-01.xls",
            "childrens-procurement-2016-01.xlsx", "health-procurement-2016-01.csv", "place-procurement-2016-01.xlsx",
            "resources-procurement-2016-01.xlsx");

    @Autowired
    MonthlyCommand monthly;
    @Autowired
    ProcurementDashboards dashboards;

    @Test
    void spendIsTheLedgersContractPaymentsSplitOnAndOffContractAsR1MatchedThem() throws IOException {
        // given the sample month loaded and reconciled
        dropEverySample();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(monthly.run("2016-01", new PrintStream(out, true, StandardCharsets.UTF_8))).isZero();

        // when the council-wide dashboards are read
        Dashboards read = dashboards.read(JANUARY, DashboardScope.councilWide());
        SpendDashboard month = read.month();

        // then the spend is the 18 contract payments of the ledger (its 4 grant payments left out), 6 off contract
        assertThat(month.total().payments()).isEqualTo(18);
        assertThat(month.total().amount()).isEqualByComparingTo("866878.74");
        assertThat(month.total().offContractPayments()).isEqualTo(6);
        assertThat(month.total().offContract()).isEqualByComparingTo("216136.67");
        assertThat(month.total().offContractShare()).isEqualByComparingTo("0.2493");
        assertThat(month.total().sources()).extracting(SourceRef::row)
                .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 12, 13, 14, 16, 17, 18, 19, 20, 21, 22);
        assertThat(month.total().sources()).extracting(SourceRef::file).containsOnly(LEDGER);
        // and by directorate it is reconciliation.md's R1 table, in owners.yml's order
        assertThat(month.byDirectorate()).extracting(SpendLine::name, l -> l.spend().payments(),
                l -> l.spend().amount().toPlainString(), l -> l.spend().offContract().toPlainString()).containsExactly(
                tuple("Resources", 5, "99190.40", "2340.00"), tuple("Children's Services", 3, "43163.33", "6480.00"),
                tuple("Adults' Services", 3, "153050.00", "18950.00"), tuple("Place", 3, "408366.67", "108366.67"),
                tuple("Health", 4, "163108.34", "80000.00"));
        // and so agrees with what the monthly run kept
        Map<String, BigDecimal> kept = jdbc.sql("SELECT directorate_id, spend FROM reconciliation_kpi WHERE period = '2016-01'")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getBigDecimal(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        month.byDirectorate().forEach(l -> assertThat(l.spend().amount()).isEqualByComparingTo(kept.get(l.key())));
        // and by the category of the contract paid: Services 8 lines (Brightwell 80,000 + 12,500, Westway 12,083.33,
        // Harvest 24,600, Carewell 112,500, Riverside 21,600, Clarion 66,666.67, Insight 3,041.67), Works (Kestrel),
        // Supplies (Payline 3,200, Officeline 1,150.40, Datawise 13,400), and the six lines on no contract
        assertThat(month.byCategory()).extracting(SpendLine::name, l -> l.spend().payments(),
                l -> l.spend().amount().toPlainString()).containsExactly(tuple("Services", 8, "332991.67"),
                tuple("Works", 1, "300000.00"), tuple("Not on a contract", 6, "216136.67"),
                tuple("Supplies", 3, "17750.40"));
        // and the top suppliers, a supplier paid under two spellings (lines 2 and 3) counted once, under its contract
        assertThat(month.topSuppliers()).hasSize(Dashboards.TOP_SUPPLIERS);
        assertThat(month.topSuppliers()).extracting(SpendLine::name, l -> l.spend().amount().toPlainString())
                .startsWith(tuple("Kestrel Highways Services Ltd", "300000.00"),
                        tuple("Carewell Homecare Ltd", "112500.00"), tuple("Cleanstreets Environmental", "104166.67"),
                        tuple("Brightwell Digital Services Ltd", "92500.00"));
        SpendLine brightwell = month.topSuppliers().get(3);
        assertThat(brightwell.key()).isEqualTo("ch:06284417");
        assertThat(brightwell.spend().sources()).extracting(SourceRef::row).containsExactly(2, 3);
        SpendLine cleanstreets = month.topSuppliers().get(2);
        assertThat(cleanstreets.spend().offContractShare()).isEqualByComparingTo("1");
        // and January opens the quarter (2015/16 Q4), so the quarter to date is the month
        assertThat(read.quarter().label()).isEqualTo("2015/16 Q4");
        assertThat(read.quarterToDate().from()).isEqualTo(JANUARY);
        assertThat(read.quarterToDate().total().amount()).isEqualByComparingTo(month.total().amount());
    }

    @Test
    void contractsEndingWithin24MonthsOfThePeriodsEndAreListedByQuarter() throws IOException {
        // given the month's five procurement returns
        dropProcurementReturns();

        // when
        List<ExpiringContract> expiring = dashboards.read(JANUARY, DashboardScope.councilWide()).expiring();

        // then the 30 contracts ending from 01/02/2016 to 31/01/2018, by the quarter they end in, earliest first
        Map<String, List<String>> byQuarter = expiring.stream().collect(Collectors.groupingBy(
                e -> e.quarter().label(), java.util.TreeMap::new, Collectors.mapping(ExpiringContract::reference,
                        Collectors.toList())));
        assertThat(byQuarter).containsExactly(
                Map.entry("2016/17 Q1", List.of("ASC-2014-019")),
                Map.entry("2016/17 Q3", List.of("CSF-2015-042", "CSF-2015-033", "ASC-2015-044", "CSF-2015-031")),
                Map.entry("2016/17 Q4", List.of("ASC-2016-002", "ASC-2016-003", "RES-2015-021", "CSF-2015-035",
                        "PL-2015-107", "PL-2015-109")),
                Map.entry("2017/18 Q1", List.of("RES-2015-009", "CSF-2015-038", "PH-2015-012", "RES-2015-012")),
                Map.entry("2017/18 Q2", List.of("RES-2015-027", "CSF-2015-036", "CSF-2015-027", "CSF-2015-040",
                        "asc-2015-046", "PL-2015-119", "PH-2015-027", "CSF-2015-029", "ASC-2015-029")),
                Map.entry("2017/18 Q3", List.of("RES-2015-033", "ASC-2015-033", "PH-2015-019", "ASC-2015-037",
                        "PH-2015-021")),
                Map.entry("2017/18 Q4", List.of("PH-2015-024")));
        // and not those ending on 31/03/2018, 26 months on, nor one that ended in 2014 (ASC-2015-048)
        assertThat(expiring).extracting(ExpiringContract::reference).doesNotContain("RES-2015-029", "CSF-2015-020",
                "PL-2015-101", "PH-2015-008", "ASC-2015-048");
        // and each says what it is and where it came from; none has a later contract recorded for it
        ExpiringContract works = expiring.stream().filter(e -> e.reference().equals("ASC-2015-044")).findFirst().orElseThrow();
        assertThat(works).extracting(ExpiringContract::directorate, ExpiringContract::supplier, ExpiringContract::category,
                ExpiringContract::route, ExpiringContract::endDate).containsExactly("Adults' Services",
                "Thameside Construction Ltd", "Works", "Restricted", LocalDate.of(2016, 10, 31));
        assertThat(works.value()).isEqualByComparingTo("2000000");
        assertThat(works.source()).extracting(SourceRef::file, SourceRef::sheet, SourceRef::row)
                .containsExactly("adults-procurement-2016-01.xls", "Contracts", 9);
        assertThat(expiring).noneMatch(ExpiringContract::reprocurementRecorded);
    }

    @Test
    void categoriesBoughtByTwoOrMoreDirectoratesAreCollaborationCandidatesAndNoSupplierIsShared() throws IOException {
        // given the month's five procurement returns
        dropProcurementReturns();

        // when
        List<CollaborationCandidate> candidates = dashboards.read(JANUARY, DashboardScope.councilWide()).collaboration();

        // then the three categories, each bought by several directorates, with every live contract of it summed: 48
        // Services contracts; Works: ASC-2015-044 and PL-2015-101; Supplies: RES-2015-017, -027, PL-2015-121 and
        // PH-2015-021 (Adults' one ended in 2014, so Adults are not among its buyers)
        assertThat(candidates).extracting(CollaborationCandidate::basis, CollaborationCandidate::name,
                CollaborationCandidate::directorateIds, CollaborationCandidate::contracts,
                c -> c.combinedValue().toPlainString(), CollaborationCandidate::earliestEnd).containsExactly(
                tuple(Basis.CATEGORY, "Services", List.of("resources", "childrens", "adults", "place", "health"), 48,
                        "30481500.00", LocalDate.of(2016, 5, 31)),
                tuple(Basis.CATEGORY, "Works", List.of("adults", "place"), 2, "5600000.00", LocalDate.of(2016, 10, 31)),
                tuple(Basis.CATEGORY, "Supplies", List.of("resources", "place", "health"), 4, "144500.00",
                        LocalDate.of(2017, 7, 31)));
        assertThat(candidates.get(1).sources()).extracting(SourceRef::file, SourceRef::row).containsExactly(
                tuple("adults-procurement-2016-01.xls", 9), tuple("place-procurement-2016-01.xlsx", 6));
        // and no supplier: Voice Advocacy Partnership has two contracts, both with Adults' Services
        assertThat(candidates).noneMatch(c -> c.basis() == Basis.SUPPLIER);
    }

    @Test
    void waiversByDirectorateAndQuarterAndNoSplitProcurement() throws IOException {
        // given the month's five procurement returns
        dropProcurementReturns();

        // when
        Dashboards read = dashboards.read(JANUARY, DashboardScope.councilWide());

        // then the waivers and direct awards, by the quarter they started in
        assertThat(read.waivers()).extracting(WaiverLine::directorate, w -> w.quarter().label(), WaiverLine::waivers,
                w -> w.value().toPlainString(), WaiverLine::references).containsExactly(
                tuple("Resources", "2015/16 Q3", 1, "42000.00", List.of("RES-2015-023")),
                tuple("Children's Services", "2015/16 Q3", 3, "155000.00",
                        List.of("CSF-2015-031", "CSF-2015-033", "CSF-2015-042")),
                tuple("Adults' Services", "2015/16 Q4", 1, "260000.00", List.of("ASC-2016-002")),
                tuple("Place", "2015/16 Q2", 1, "32000.00", List.of("PL-2015-119")),
                tuple("Health", "2015/16 Q4", 1, "28000.00", List.of("PH-2015-024")));
        assertThat(read.waivers().get(1).sources()).extracting(SourceRef::row).containsExactly(6, 7, 13);
        // and no directorate holds two contracts with one supplier under a threshold (Voice Advocacy's are over)
        assertThat(read.splitProcurement()).isEmpty();
    }

    @Test
    void aDirectoratesScopeHoldsItsOwnFiguresOnly() throws IOException {
        // given the sample month loaded
        dropEverySample();

        // when Children's Services' dashboards are read
        Dashboards read = dashboards.read(JANUARY, DashboardScope.of(List.of("childrens")));

        // then the spend is its three payments, one off contract (reconciliation.md)
        assertThat(read.month().total().payments()).isEqualTo(3);
        assertThat(read.month().total().amount()).isEqualByComparingTo("43163.33");
        assertThat(read.month().total().offContract()).isEqualByComparingTo("6480.00");
        assertThat(read.month().byDirectorate()).extracting(SpendLine::key).containsExactly("childrens");
        assertThat(read.month().total().sources()).extracting(SourceRef::row).containsExactly(7, 8, 9);
        // and its 9 expiring contracts, its waivers, and the one category it shares, with its own rows only
        assertThat(read.expiring()).hasSize(9).allMatch(e -> e.directorateId().equals("childrens"));
        assertThat(read.waivers()).extracting(WaiverLine::directorateId).containsExactly("childrens");
        assertThat(read.collaboration()).extracting(CollaborationCandidate::name).containsExactly("Services");
        assertThat(read.collaboration().get(0).contracts()).isEqualTo(48);
        assertThat(read.collaboration().get(0).sources()).hasSize(12)
                .extracting(SourceRef::file).containsOnly("childrens-procurement-2016-01.xlsx");
    }

    private void dropProcurementReturns() throws IOException {
        List<Path> dropped = new ArrayList<>();
        for (String file : PROCUREMENT) {
            dropped.add(PipelineTestSupport.drop(file, folders.inbox()));
        }
        assertThat(poller.processNow(dropped)).extracting(o -> o.status()).doesNotContain("rejected");
    }
}
