package uk.gov.bestvalue.returns.returntypes.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.gov.bestvalue.returns.spec.ProcurementSheetFixture.FIRST_DATA_ROW;
import static uk.gov.bestvalue.returns.spec.ProcurementSheetFixture.contract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnValidator;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.KeyTracker;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ProcurementSheetFixture;

/**
 * Rules P1-P8 (docs/domain.md) on rows of a procurement contracts return for January 2016, checked the way a
 * file's rows are: header match, field checks, then the plan rules switched on in the real {@code rules.yml}.
 * The sheet is laid out like the spec (columns A-Y, header on row 3), so each finding's cell is predictable:
 * A reference, H total value, J start, K end, M route, N waiver ref, O waiver approval, P e-tender ref,
 * Q register ref, R declaration of interest, T LLW included, U signed, V signed date, W supplier briefing.
 */
class ProcurementRulesTests {

    private static final YearMonth PERIOD = YearMonth.of(2016, 1);
    private static final Path RULES_YML = Path.of("jobs", "rules.yml");

    private final HeaderMatch header = ProcurementSheetFixture.header();
    private final RuleSettings settings = RuleSettings.load(ProcurementSheetFixture.definitions());

    /** Each case: one contract on row 4 and every finding it must yield, as "rule severity cell". */
    static Stream<Arguments> contracts() {
        return Stream.of(
                // P1 central contracts register at £25,000 or more
                arguments("P1 breaks: £25,000 exactly and not on the register",
                        contract("Total Value", 25_000, "Contracts Register Reference", null),
                        List.of("P1 ERROR Contracts!Q4")),
                arguments("P1 breaks: £30,000 typed as text and not on the register",
                        contract("Total Value", "£30,000.00", "Contracts Register Reference", " "),
                        List.of("P1 ERROR Contracts!Q4")),
                arguments("P1 passes: £24,999.99 need not be on the register",
                        contract("Total Value", 24_999.99, "Contracts Register Reference", null),
                        List.of()),
                // P2 waivers: register, waiver and approval references whatever the value
                arguments("P2 breaks: a waiver missing all three references",
                        contract("Procurement Route", "Waiver", "E-tender Reference", null,
                                "Contracts Register Reference", null),
                        List.of("P2 ERROR Contracts!Q4", "P2 ERROR Contracts!N4", "P2 ERROR Contracts!O4")),
                arguments("P2 breaks: a direct award missing just its approval",
                        contract("Procurement Route", "Direct award", "Waiver Reference", "WVR-2015-017",
                                "E-tender Reference", null),
                        List.of("P2 ERROR Contracts!O4")),
                arguments("P2 breaks: a £3,000 waiver off the register (whatever its value)",
                        contract("Total Value", 3_000, "Procurement Route", "Waiver", "Waiver Reference", "WVR-1",
                                "Waiver Approval Reference", "CFO 03/09/2015", "Contracts Register Reference", null),
                        List.of("P2 ERROR Contracts!Q4")),
                arguments("P2 passes: a waiver with all three references and no e-tender",
                        contract("Procurement Route", "Waiver", "Waiver Reference", "WVR-2015-017",
                                "Waiver Approval Reference", "Approved by CFO 03/09/2015", "E-tender Reference", null),
                        List.of()),
                // P3 e-tendering portal over £5,000
                arguments("P3 breaks: £30,000 with no e-tender reference",
                        contract("E-tender Reference", null),
                        List.of("P3 ERROR Contracts!P4")),
                arguments("P3 breaks: £5,000.01 with no e-tender reference",
                        contract("Total Value", 5_000.01, "E-tender Reference", null),
                        List.of("P3 ERROR Contracts!P4")),
                arguments("P3 passes: £5,000 exactly is not over the threshold",
                        contract("Total Value", 5_000, "E-tender Reference", null),
                        List.of()),
                // P4 declaration of interest
                arguments("P4 breaks: declaration of interest N",
                        contract("Declaration of Interest", "N"),
                        List.of("P4 ERROR Contracts!R4")),
                arguments("P4 breaks: declaration of interest blank",
                        contract("Declaration of Interest", null),
                        List.of("P4 ERROR Contracts!R4")),
                arguments("P4 passes: declaration of interest Yes",
                        contract("Declaration of Interest", "Yes"),
                        List.of()),
                // P5 London Living Wage where applicable
                arguments("P5 breaks: LLW applies but is not included",
                        contract("LLW Applicable", "Y", "LLW Included", "N"),
                        List.of("P5 ERROR Contracts!T4")),
                arguments("P5 breaks: LLW applies and included is blank",
                        contract("LLW Applicable", "TRUE", "LLW Included", null),
                        List.of("P5 ERROR Contracts!T4")),
                arguments("P5 passes: LLW does not apply",
                        contract("LLW Applicable", "N", "LLW Included", "N"),
                        List.of()),
                // P6 signed contract, signed on or before the start
                arguments("P6 breaks: contract not signed",
                        contract("Contract Signed", "N"),
                        List.of("P6 ERROR Contracts!U4")),
                arguments("P6 breaks: signed but no date signed",
                        contract("Contract Signed", "Y", "Signed Date", null),
                        List.of("P6 ERROR Contracts!V4")),
                arguments("P6 breaks: signed the day after it started",
                        contract("Start Date", "01/04/2015", "Signed Date", "02/04/2015"),
                        List.of("P6 ERROR Contracts!V4")),
                arguments("P6 passes: signed on the day it started",
                        contract("Start Date", "01/04/2015", "Signed Date", "01/04/2015"),
                        List.of()),
                // P7 public procurement threshold: competitive route and a supplier briefing
                arguments("P7 breaks: a £200,000 waiver above the services threshold",
                        contract("Total Value", 200_000, "Procurement Route", "Waiver", "Waiver Reference", "WVR-9",
                                "Waiver Approval Reference", "Cabinet 12/03/2015", "E-tender Reference", null),
                        List.of("P7 ERROR Contracts!M4")),
                arguments("P7 breaks: a £200,000 waiver without a briefing, twice",
                        contract("Total Value", 200_000, "Procurement Route", "Single tender action",
                                "Waiver Reference", "WVR-9", "Waiver Approval Reference", "Cabinet 12/03/2015",
                                "E-tender Reference", null, "Supplier Briefing Held", "N"),
                        List.of("P7 ERROR Contracts!M4", "P7 ERROR Contracts!W4")),
                arguments("P7 breaks: £200,000 open tender without a supplier briefing",
                        contract("Total Value", 200_000, "Supplier Briefing Held", "N"),
                        List.of("P7 ERROR Contracts!W4")),
                arguments("P7 passes: £200,000 open tender with a supplier briefing",
                        contract("Total Value", 200_000),
                        List.of()),
                arguments("P7 passes: £1,000,000 of works is below the works threshold",
                        contract("Total Value", 1_000_000, "Category", "Works", "Supplier Briefing Held", "N"),
                        List.of()),
                arguments("P7 breaks: £1,000,000 of services is above the services threshold",
                        contract("Total Value", 1_000_000, "Category", "Services", "Supplier Briefing Held", "N"),
                        List.of("P7 ERROR Contracts!W4")),
                arguments("P7 breaks: £4,500,000 of works is above the 2014 works threshold",
                        contract("Total Value", 4_500_000, "Category", "Works", "Supplier Briefing Held", "N"),
                        List.of("P7 ERROR Contracts!W4")),
                arguments("P7 passes: £170,000 starting 01/06/2015 is below the 2014 threshold £172,514",
                        contract("Total Value", 170_000, "Start Date", "01/06/2015", "Signed Date", "15/05/2015",
                                "Supplier Briefing Held", "N"),
                        List.of()),
                arguments("P7 breaks: £170,000 starting 01/02/2016 is above the 2016 threshold £164,176",
                        contract("Total Value", 170_000, "Start Date", "01/02/2016", "Signed Date", "15/01/2016",
                                "Supplier Briefing Held", "N"),
                        List.of("P7 ERROR Contracts!W4")),
                // P8 data sanity (the duplicate reference has its own tests below)
                arguments("P8 breaks: end date before start date",
                        contract("Start Date", "01/04/2015", "End Date", "31/03/2015"),
                        List.of("P8 ERROR Contracts!K4")),
                arguments("P8 passes: ending on the day it starts",
                        contract("Start Date", "01/04/2015", "End Date", "01/04/2015"),
                        List.of()),
                arguments("P8 breaks: zero value",
                        contract("Total Value", 0),
                        List.of("P8 ERROR Contracts!H4")),
                arguments("P8 breaks: negative value in accounting brackets",
                        contract("Total Value", "(500)"),
                        List.of("P8 ERROR Contracts!H4")),
                arguments("P8 warns: ends 01/01/2016, the first day of the period",
                        contract("End Date", "01/01/2016"),
                        List.of("P8 WARNING Contracts!K4")),
                arguments("P8 warns: ends 31/07/2016, the last day of the 6-month horizon",
                        contract("End Date", "31/07/2016"),
                        List.of("P8 WARNING Contracts!K4")),
                arguments("P8 passes: ended 31/12/2015, before the period",
                        contract("End Date", "31/12/2015"),
                        List.of()),
                arguments("P8 passes: ends 01/08/2016, beyond the horizon",
                        contract("End Date", "01/08/2016"),
                        List.of()),
                // an unreadable value is a FORMAT finding, and no rule guesses at it
                arguments("FORMAT only: an unreadable total value",
                        contract("Total Value", "about 30k"),
                        List.of("FORMAT ERROR Contracts!H4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void findsExactlyTheBreachesOfEachContract(String name, Map<String, Object> contract, List<String> expected) {
        // given a return for January 2016 with this contract on row 4
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        CheckedRow checked = validator.check(ProcurementSheetFixture.row(FIRST_DATA_ROW, contract));

        // then
        assertThat(describe(checked.findings())).containsExactlyElementsOf(expected);
    }

    @Test
    void aCleanContractYieldsNoFindingAndIsLoadedWithItsSupplierKey() {
        // given
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        CheckedRow checked = validator.check(ProcurementSheetFixture.row(FIRST_DATA_ROW,
                ProcurementSheetFixture.cleanContract()));

        // then
        assertThat(checked.findings()).isEmpty();
        assertThat(checked.loadable()).isTrue();
        assertThat(checked.derivedValues()).containsExactly("ch:01234567");
    }

    @Test
    void p1MessageGivesTheValueAndTheThresholdInPounds() {
        // given
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        Finding finding = validator.check(ProcurementSheetFixture.row(FIRST_DATA_ROW,
                contract("Total Value", "£25,000.00", "Contracts Register Reference", null))).findings().get(0);

        // then
        assertThat(finding.field()).isEqualTo("register_reference");
        assertThat(finding.value()).isNull();
        assertThat(finding.message()).contains("PL-001", "£25,000", "central contracts register");
    }

    @Test
    void p6MessageGivesBothDatesTheUkWay() {
        // given
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        Finding finding = validator.check(ProcurementSheetFixture.row(FIRST_DATA_ROW,
                contract("Start Date", "01/04/2015", "Signed Date", "2015-04-02"))).findings().get(0);

        // then
        assertThat(finding.value()).isEqualTo("2015-04-02");
        assertThat(finding.message()).contains("signed on 02/04/2015", "started on 01/04/2015");
    }

    @Test
    void p7MessageNamesTheThresholdInForceAtTheStart() {
        // given
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        Finding finding = validator.check(ProcurementSheetFixture.row(FIRST_DATA_ROW,
                contract("Total Value", 170_000, "Start Date", "01/02/2016", "Signed Date", "15/01/2016",
                        "Supplier Briefing Held", "N"))).findings().get(0);

        // then
        assertThat(finding.message()).contains("£170,000", "£164,176", "supplier briefing");
    }

    @Test
    void p8DuplicateReferenceIgnoresCaseAndSpacesAndPointsAtTheFirstRow() {
        // given three contracts, the third repeating the first's reference in another case
        ReturnValidator<ContractLine> validator = validator(settings);
        List<CheckedRow> checked = new ArrayList<>();

        // when
        checked.add(validator.check(ProcurementSheetFixture.row(4, contract("Contract Reference", "PL-001"))));
        checked.add(validator.check(ProcurementSheetFixture.row(5, contract("Contract Reference", "PL-002"))));
        checked.add(validator.check(ProcurementSheetFixture.row(6, contract("Contract Reference", "  pl-001 "))));

        // then
        assertThat(checked.get(0).findings()).isEmpty();
        assertThat(checked.get(1).findings()).isEmpty();
        assertThat(describe(checked.get(2).findings())).containsExactly("P8 ERROR Contracts!A6");
        assertThat(checked.get(2).findings().get(0).message()).contains("pl-001", "already on row 4");
    }

    @Test
    void p8TheLotsOfOneContractAreNotDuplicatesButARepeatedLotAndSupplierIs() {
        // given one framework let in two lots to two suppliers, then the second lot repeated
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        CheckedRow lot1 = validator.check(ProcurementSheetFixture.row(4,
                contract("Contract Reference", "PL-010", "Lot", "1", "Supplier", "Acme Ltd")));
        CheckedRow lot2 = validator.check(ProcurementSheetFixture.row(5,
                contract("Contract Reference", "PL-010", "Lot", "2", "Supplier", "Brick Co")));
        CheckedRow again = validator.check(ProcurementSheetFixture.row(6,
                contract("Contract Reference", "PL-010", "Lot", "2", "Supplier", "BRICK CO.")));

        // then
        assertThat(lot1.findings()).isEmpty();
        assertThat(lot2.findings()).isEmpty();
        assertThat(describe(again.findings())).containsExactly("P8 ERROR Contracts!A6");
        assertThat(again.findings().get(0).message()).contains("for lot 2", "already on row 5");
    }

    @Test
    void p8ARegisterWithoutALotColumnNamesItsLotsInTheTitle() {
        // given a framework's lots as Salford's register writes them: one reference, the lot in the title, no lot column
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        CheckedRow five = validator.check(ProcurementSheetFixture.row(4, contract("Contract Reference", "S1232",
                "Title", "Technical and Highway Works Framework - Lot Five", "Supplier", "Acme Ltd")));
        CheckedRow four = validator.check(ProcurementSheetFixture.row(5, contract("Contract Reference", "S1232",
                "Title", "Technical and Highway Works Framework - Lot Four", "Supplier", "Acme Ltd")));
        CheckedRow fiveAgain = validator.check(ProcurementSheetFixture.row(6, contract("Contract Reference", "S1232",
                "Title", "Highway Works Framework Lot 5", "Supplier", "Acme Ltd")));

        // then each lot is a contract of its own, and only the lot written twice is a repeat
        assertThat(five.findings()).isEmpty();
        assertThat(four.findings()).isEmpty();
        assertThat(describe(fiveAgain.findings())).containsExactly("P8 ERROR Contracts!A6");
        assertThat(fiveAgain.findings().get(0).message()).contains("for lot 5", "already on row 4");
    }

    @Test
    void p8ThirdUseOfAReferenceStillPointsAtTheFirstRow() {
        // given
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        validator.check(ProcurementSheetFixture.row(4, contract("Contract Reference", "PL-001")));
        validator.check(ProcurementSheetFixture.row(5, contract("Contract Reference", "PL-001")));
        CheckedRow third = validator.check(ProcurementSheetFixture.row(7, contract("Contract Reference", "PL-001")));

        // then
        assertThat(describe(third.findings())).containsExactly("P8 ERROR Contracts!A7");
        assertThat(third.findings().get(0).message()).contains("already on row 4");
    }

    @Test
    void p8DuplicateReferencesAreOnlyCountedWithinOneReturn() {
        // given two returns, each checked with its own validator (and so its own keys)
        ReturnValidator<ContractLine> january = validator(settings);
        ReturnValidator<ContractLine> february = validator(settings);

        // when
        january.check(ProcurementSheetFixture.row(4, contract("Contract Reference", "PL-001")));
        CheckedRow again = february.check(ProcurementSheetFixture.row(4, contract("Contract Reference", "PL-001")));

        // then
        assertThat(again.findings()).isEmpty();
    }

    @Test
    void p8ReprocurementWarningSaysWithinSixMonths() {
        // given
        ReturnValidator<ContractLine> validator = validator(settings);

        // when
        Finding finding = validator.check(ProcurementSheetFixture.row(FIRST_DATA_ROW,
                contract("End Date", "31/07/2016"))).findings().get(0);

        // then
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("31/07/2016", "within 6 months", "re-procurement");
    }

    /** A contract breaking only the rule named, to switch that rule off. */
    static Stream<Arguments> breachesByRule() {
        return Stream.of(
                arguments("P1", contract("Contracts Register Reference", null)),
                arguments("P2", contract("Procurement Route", "Waiver", "E-tender Reference", null)),
                arguments("P3", contract("E-tender Reference", null)),
                arguments("P4", contract("Declaration of Interest", "N")),
                arguments("P5", contract("LLW Included", "N")),
                arguments("P6", contract("Contract Signed", "N")),
                arguments("P7", contract("Total Value", 200_000, "Supplier Briefing Held", "N")),
                arguments("P8", contract("Total Value", 0)));
    }

    @ParameterizedTest(name = "{0} switched off")
    @MethodSource("breachesByRule")
    void aRuleSwitchedOffInSettingsFindsNothing(String rule, Map<String, Object> contract) throws IOException {
        // given the real rules.yml with just this rule's enabled set to false
        RuleSettings off = settingsWithout(rule);
        assertThat(describe(validator(settings).check(ProcurementSheetFixture.row(FIRST_DATA_ROW, contract))
                .findings())).as("with the rule on").anyMatch(f -> f.startsWith(rule + " "));

        // when
        CheckedRow checked = validator(off).check(ProcurementSheetFixture.row(FIRST_DATA_ROW, contract));

        // then
        assertThat(describe(checked.findings())).noneMatch(f -> f.startsWith(rule + " "));
        assertThat(new ProcurementReturn().rules(off)).extracting(r -> r.id())
                .hasSize(7).doesNotContain(rule);
    }

    @Test
    void aRuleTheSettingsDoNotMentionIsOn() {
        // given settings whose procurement group names no rule at all except P1's threshold
        RuleSettings sparse = new RuleSettings(YAMLMapper.builder().build().readTree("""
                procurement:
                  P1:
                    register-threshold: [ { from: 2015-04-01, value: 25000 } ]
                  P3:
                    etendering-threshold: [ { from: 2015-12-01, value: 5000 } ]
                  P7:
                    public-threshold-services: [ { from: 2014-01-01, value: 172514 } ]
                    public-threshold-works: [ { from: 2014-01-01, value: 4322012 } ]
                  P8:
                    reprocurement-horizon-months: 6
                """));

        // when
        List<String> ids = new ProcurementReturn().rules(sparse).stream().map(r -> r.id()).toList();

        // then
        assertThat(ids).containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8");
    }

    @Test
    void aRuleSwitchedOffNeedsNoThresholds() {
        // given P7 switched off and its thresholds removed, as a council editing rules.yml might
        RuleSettings noP7 = new RuleSettings(YAMLMapper.builder().build().readTree("""
                procurement:
                  P1:
                    register-threshold: [ { from: 2015-04-01, value: 25000 } ]
                  P3:
                    etendering-threshold: [ { from: 2015-12-01, value: 5000 } ]
                  P7:
                    enabled: false
                  P8:
                    reprocurement-horizon-months: 6
                """));

        // when
        List<String> ids = new ProcurementReturn().rules(noP7).stream().map(r -> r.id()).toList();

        // then
        assertThat(ids).containsExactly("P1", "P2", "P3", "P4", "P5", "P6", "P8");
    }

    private ReturnValidator<ContractLine> validator(RuleSettings ruleSettings) {
        return new ReturnValidator<>(new ProcurementReturn(), header,
                new RuleContext(PERIOD, ruleSettings, new KeyTracker()));
    }

    private static RuleSettings settingsWithout(String rule) throws IOException {
        String yaml = Files.readString(RULES_YML);
        Matcher switchOn = Pattern.compile("(?m)^(  " + rule + ":\\s*\\n(?:    .*\\n)*?    enabled: )true").matcher(yaml);
        assertThat(switchOn.find()).as("rules.yml switches " + rule + " on").isTrue();
        String off = switchOn.replaceFirst("$1false");
        return new RuleSettings(YAMLMapper.builder().build().readTree(off));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.cell()).toList();
    }
}
