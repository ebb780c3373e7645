package uk.gov.bestvalue.returns.returntypes.disposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.gov.bestvalue.returns.returntypes.disposals.DisposalSheetFixture.FIRST_DATA_ROW;
import static uk.gov.bestvalue.returns.returntypes.disposals.DisposalSheetFixture.disposal;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.dataformat.yaml.YAMLMapper;
import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnValidator;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.KeyTracker;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.spec.HeaderMatch;

/**
 * Rules D1-D5 (docs/domain.md) on rows of a property disposals return for January 2016, checked the way a
 * file's rows are: header match, field checks, then the rules switched on in the real {@code rules.yml}.
 * The sheet is laid out like the spec (header on row 1, the disposal on row 2), so the cells are predictable:
 * A reference, H market valuation, I valuation date, K consideration, L consent reference, M consent date,
 * N protocol compliance, O completion date, P capital receipt.
 */
class DisposalsRulesTests {

    private static final YearMonth PERIOD = YearMonth.of(2016, 1);

    private final RuleSettings settings = RuleSettings.load(new JobDefinitions(Path.of("jobs")));

    /** Each case: one disposal on row 2 and every finding it must yield, as "rule severity cell". */
    static Stream<Arguments> disposals() {
        return Stream.of(
                arguments("clean: a freehold sale completed with consent, valuation and receipt",
                        disposal(), List.of()),
                // D1 prior written consent before completion
                arguments("D1 breaks: completed with no consent reference",
                        disposal("Prior Written Consent Reference", null),
                        List.of("D1 ERROR Disposals!L2")),
                arguments("D1 breaks: consent reference but no consent date",
                        disposal("Consent Date", null),
                        List.of("D1 ERROR Disposals!M2")),
                arguments("D1 breaks: consent given the day after completion",
                        disposal("Consent Date", "19/12/2015"),
                        List.of("D1 ERROR Disposals!M2")),
                arguments("D1 passes: consent given on the day of completion",
                        disposal("Consent Date", "18/12/2015"),
                        List.of()),
                arguments("D1 passes: completion after the period is not yet checked",
                        disposal("Prior Written Consent Reference", null, "Consent Date", null,
                                "Completion Date", LocalDate.of(2016, 2, 1), "Capital Receipt", null),
                        List.of()),
                arguments("D1 breaks: completed on the last day of the period without consent",
                        disposal("Prior Written Consent Reference", " ", "Consent Date", null,
                                "Completion Date", "31/01/2016", "Valuation Date", "01/03/2015"),
                        List.of("D1 ERROR Disposals!L2")),
                // D2 protocol compliance confirmed
                arguments("D2 breaks: protocol compliance N",
                        disposal("Protocol Compliance Confirmed", "N"),
                        List.of("D2 ERROR Disposals!N2")),
                arguments("D2 breaks: protocol compliance blank",
                        disposal("Protocol Compliance Confirmed", null),
                        List.of("D2 ERROR Disposals!N2")),
                arguments("D2 passes: protocol compliance Yes",
                        disposal("Protocol Compliance Confirmed", "Yes"),
                        List.of()),
                // D3 best consideration (tolerance 5%)
                arguments("D3 breaks: 22.5% below valuation and no consent, not yet completed",
                        disposal("Consideration Agreed", 3_293_750, "Prior Written Consent Reference", null,
                                "Consent Date", null, "Completion Date", null, "Capital Receipt", null),
                        List.of("D3 ERROR Disposals!K2")),
                arguments("D3 warns: below valuation by more than 5% with consent",
                        disposal("Consideration Agreed", "£4,000,000", "Capital Receipt", 4_000_000),
                        List.of("D3 WARNING Disposals!K2")),
                arguments("D3 passes: exactly 5% below valuation",
                        disposal("Consideration Agreed", 4_037_500, "Capital Receipt", 4_037_500),
                        List.of()),
                arguments("D3 warns: 5% and a penny below valuation",
                        disposal("Consideration Agreed", 4_037_499.99, "Capital Receipt", 4_037_499.99),
                        List.of("D3 WARNING Disposals!K2")),
                arguments("D3 warns: a 125-year academy lease at a peppercorn, with consent, makes no receipt",
                        disposal("Disposal Type", "Lease over 7 years", "Consideration Agreed", 0,
                                "Capital Receipt", null),
                        List.of("D3 WARNING Disposals!K2")),
                // D4 valuation no older than 12 months at consent (else at completion)
                arguments("D4 breaks: valued 12 months and a day before consent",
                        disposal("Valuation Date", "21/10/2014"),
                        List.of("D4 ERROR Disposals!I2")),
                arguments("D4 passes: valued exactly 12 months before consent",
                        disposal("Valuation Date", "22/10/2014"),
                        List.of()),
                arguments("D4 breaks: no consent date, valued over 12 months before completion",
                        disposal("Consent Date", null, "Valuation Date", "2014-12-17"),
                        List.of("D1 ERROR Disposals!M2", "D4 ERROR Disposals!I2")),
                arguments("D4 breaks: no valuation date for a consented disposal",
                        disposal("Valuation Date", null),
                        List.of("D4 ERROR Disposals!I2")),
                arguments("D4 passes: neither consent nor completion yet",
                        disposal("Valuation Date", "01/01/2013", "Consent Date", null, "Completion Date", null,
                                "Capital Receipt", null),
                        List.of()),
                // D5 a capital receipt for a completed disposal
                arguments("D5 breaks: completed freehold sale with no capital receipt",
                        disposal("Capital Receipt", null),
                        List.of("D5 ERROR Disposals!P2")),
                arguments("D5 breaks: completed with a £0 receipt",
                        disposal("Capital Receipt", 0),
                        List.of("D5 ERROR Disposals!P2")),
                arguments("D5 passes: a community letting is paid by rent and makes no capital receipt",
                        disposal("Disposal Type", "Community letting", "Market Valuation", 24_000,
                                "Consideration Agreed", 24_000, "Capital Receipt", null,
                                "Community Benefit Rent Reduction", 18_000),
                        List.of()),
                arguments("D5 passes: completing next month, no receipt yet",
                        disposal("Completion Date", LocalDate.of(2016, 2, 12), "Capital Receipt", null),
                        List.of()),
                // unreadable values are FORMAT findings, and no rule guesses at them
                arguments("FORMAT only: completion date TBC",
                        disposal("Completion Date", "TBC", "Capital Receipt", null),
                        List.of("FORMAT ERROR Disposals!O2")),
                arguments("REQUIRED: a blank consideration",
                        disposal("Consideration Agreed", null),
                        List.of("REQUIRED ERROR Disposals!K2")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("disposals")
    void findsExactlyTheBreachesOfEachDisposal(String name, Map<String, Object> disposal, List<String> expected) {
        // given a return for January 2016 with this disposal on row 2
        ReturnValidator<DisposalLine> validator = validator(settings);

        // when
        CheckedRow checked = validator.check(DisposalSheetFixture.row(FIRST_DATA_ROW, disposal));

        // then
        assertThat(describe(checked.findings())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aCleanDisposalIsLoadedWithItsUprnAsTheAssetKey() {
        // given a UPRN held as a number cell (6094123456.0)
        ReturnValidator<DisposalLine> validator = validator(settings);

        // when
        CheckedRow checked = validator.check(DisposalSheetFixture.row(FIRST_DATA_ROW, disposal()));

        // then the UPRN is text without ".0" and is the asset's key
        assertThat(checked.loadable()).isTrue();
        assertThat(checked.row().text("uprn")).isEqualTo("6094123456");
        assertThat(checked.derivedValues()).containsExactly("6094123456");
    }

    @Test
    void anAssetWithoutAUprnIsKeyedOnItsNameAndPostcode() {
        // given an internal asset id rather than a UPRN
        ReturnValidator<DisposalLine> validator = validator(settings);

        // when
        CheckedRow checked = validator.check(DisposalSheetFixture.row(FIRST_DATA_ROW,
                disposal("UPRN", "AST-0042", "Property Name", "The Former  Ailsa St. Depot", "Postcode", "e14 0ll")));

        // then
        assertThat(checked.derivedValues()).containsExactly("name:the former ailsa st depot|e140ll");
    }

    @Test
    void d1MessageGivesBothDatesTheUkWay() {
        Finding finding = only(disposal("Consent Date", "2015-12-19"));

        assertThat(finding.field()).isEqualTo("consent_date");
        assertThat(finding.value()).isEqualTo("2015-12-19");
        assertThat(finding.message()).contains("DSP-2015-004", "Former Ailsa Street Depot", "18/12/2015", "19/12/2015");
    }

    @Test
    void d3ErrorGivesTheShortfallAndTheTolerance() {
        Finding finding = only(disposal("Consideration Agreed", 3_293_750, "Prior Written Consent Reference", null,
                "Consent Date", null, "Completion Date", null, "Capital Receipt", null));

        assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        assertThat(finding.message()).contains("£3,293,750", "£956,250", "22.5%", "£4,250,000", "more than 5%",
                "explicit consent");
    }

    @Test
    void d3WarningNamesTheConsent() {
        Finding finding = only(disposal("Consideration Agreed", 4_000_000, "Capital Receipt", 4_000_000));

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("undervalue", "CWC-2015-031");
    }

    @Test
    void d3ToleranceComesFromTheSettings() {
        // given a tolerance of 10%
        RuleSettings tenPercent = new RuleSettings(YAMLMapper.builder().build().readTree("""
                disposals:
                  D3: { undervalue-tolerance: 0.10 }
                  D4: { max-age-months: 12 }
                """));

        // when 8% below valuation
        CheckedRow checked = validator(tenPercent).check(DisposalSheetFixture.row(FIRST_DATA_ROW,
                disposal("Consideration Agreed", 3_910_000, "Capital Receipt", 3_910_000)));

        // then
        assertThat(checked.findings()).isEmpty();
    }

    @Test
    void d4MessageSaysWhichDateTheValuationIsMeasuredAgainst() {
        Finding finding = only(disposal("Valuation Date", "01/09/2014"));

        assertThat(finding.message()).contains("01/09/2014", "more than 12 months", "consent on 22/10/2015");
    }

    @Test
    void d5MessageMentionsTheLedger() {
        Finding finding = only(disposal("Capital Receipt", null));

        assertThat(finding.value()).isNull();
        assertThat(finding.message()).contains("18/12/2015", "£4,310,000", "finance ledger");
    }

    @Test
    void aFileWithoutTheProtocolColumnIsToldOnceAtTheHeader() {
        // given a header without the protocol compliance column
        List<String> titles = DisposalSheetFixture.titles().stream()
                .map(t -> t.equals("Protocol Compliance Confirmed") ? "Notes" : t).toList();
        HeaderMatch header = DisposalSheetFixture.header(titles);

        ReturnValidator<?> validator = new ReturnValidator<>(new DisposalsReturn(), header,
                new RuleContext(PERIOD, settings, new KeyTracker()));

        // when
        CheckedRow checked = validator.check(DisposalSheetFixture.row(2, disposal()));
        CheckedRow next = validator.check(DisposalSheetFixture.row(3, disposal()));

        // then
        assertThat(describe(checked.findings())).containsExactly("D2 ERROR Disposals!A" + header.headerRowNumber());
        assertThat(checked.findings().get(0).message()).contains("no Protocol Compliance Confirmed column");
        assertThat(next.findings()).isEmpty();
    }

    static Stream<Arguments> breachesByRule() {
        return Stream.of(
                arguments("D1", disposal("Prior Written Consent Reference", null)),
                arguments("D2", disposal("Protocol Compliance Confirmed", "N")),
                arguments("D3", disposal("Consideration Agreed", 3_000_000, "Capital Receipt", 3_000_000)),
                arguments("D4", disposal("Valuation Date", "01/01/2014")),
                arguments("D5", disposal("Capital Receipt", null)));
    }

    @ParameterizedTest(name = "{0} switched off")
    @MethodSource("breachesByRule")
    void aRuleSwitchedOffFindsNothingAndNeedsNoSettings(String rule, Map<String, Object> disposal) {
        // given D1-D5 with just this rule switched off and stripped of its settings
        StringBuilder yaml = new StringBuilder("disposals:\n");
        for (String id : List.of("D1", "D2", "D3", "D4", "D5")) {
            if (id.equals(rule)) {
                yaml.append("  ").append(id).append(": { enabled: false }\n");
            } else if (id.equals("D3")) {
                yaml.append("  D3: { undervalue-tolerance: 0.05 }\n");
            } else if (id.equals("D4")) {
                yaml.append("  D4: { max-age-months: 12 }\n");
            }
        }
        RuleSettings off = new RuleSettings(YAMLMapper.builder().build().readTree(yaml.toString()));
        assertThat(describe(validator(settings).check(DisposalSheetFixture.row(FIRST_DATA_ROW, disposal)).findings()))
                .as("with the rule on").anyMatch(f -> f.startsWith(rule + " "));

        // when
        CheckedRow checked = validator(off).check(DisposalSheetFixture.row(FIRST_DATA_ROW, disposal));

        // then
        assertThat(describe(checked.findings())).noneMatch(f -> f.startsWith(rule + " "));
        assertThat(new DisposalsReturn().rules(off)).extracting(Rule::id).hasSize(4).doesNotContain(rule);
    }

    @Test
    void everyRuleIsOnInTheRealSettings() {
        assertThat(new DisposalsReturn().rules(settings)).extracting(Rule::id)
                .containsExactly("D1", "D2", "D3", "D4", "D5");
    }

    private Finding only(Map<String, Object> disposal) {
        List<Finding> findings = validator(settings).check(DisposalSheetFixture.row(FIRST_DATA_ROW, disposal)).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0);
    }

    private ReturnValidator<DisposalLine> validator(RuleSettings ruleSettings) {
        return new ReturnValidator<>(new DisposalsReturn(), DisposalSheetFixture.header(),
                new RuleContext(PERIOD, ruleSettings, new KeyTracker()));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.cell()).toList();
    }
}
