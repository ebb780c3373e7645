package uk.gov.bestvalue.returns.returntypes.grants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.gov.bestvalue.returns.returntypes.grants.GrantSheetFixture.FIRST_DATA_ROW;
import static uk.gov.bestvalue.returns.returntypes.grants.GrantSheetFixture.grant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
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

/**
 * Rules G1-G6 (docs/domain.md) on rows of a grant agreements return for January 2016, checked the way a file's
 * rows are: header match, field checks, then the rules switched on in the real {@code rules.yml}. The sheet is
 * laid out like the spec (columns A-X, header on row 3): A reference, F charity number, K decision reference,
 * L decision date, M agreement signed, N signed date, Q outputs specified, R specification type, S payments
 * to date, T first payment date, U last monitoring visit. (G7 compares returns: see GrantsPublishIntegrationTests.)
 */
class GrantsRulesTests {

    private static final YearMonth PERIOD = YearMonth.of(2016, 1);

    private final HeaderMatch header = GrantSheetFixture.header();
    private final RuleSettings settings = GrantSheetFixture.settings();

    /** Each case: one grant on row 4 and every finding it must yield, as "rule severity cell". */
    static Stream<Arguments> grants() {
        return Stream.of(
                // G1 no payment before a signed agreement
                arguments("G1 breaks: paid with the agreement not signed",
                        grant("Agreement Signed", "N"), List.of("G1 ERROR Grants!M4")),
                arguments("G1 breaks: paid with agreement signed blank",
                        grant("Agreement Signed", null, "Agreement Signed Date", null), List.of("G1 ERROR Grants!M4")),
                arguments("G1 breaks: signed but no date signed",
                        grant("Agreement Signed Date", null), List.of("G1 ERROR Grants!N4")),
                arguments("G1 breaks: signed the day after the first payment",
                        grant("Agreement Signed Date", "11/04/2015"), List.of("G1 ERROR Grants!N4")),
                arguments("G1 breaks: paid but no first payment date to check the agreement against",
                        grant("First Payment Date", null), List.of("G1 ERROR Grants!T4")),
                arguments("G1 passes: signed on the day of the first payment",
                        grant("Agreement Signed Date", "10/04/2015"), List.of()),
                arguments("G1 passes: nothing paid yet and no agreement",
                        grant("Agreement Signed", "N", "Agreement Signed Date", null, "Payments to Date", 0,
                                "First Payment Date", null), List.of()),
                arguments("G1 passes: payments blank and no agreement",
                        grant("Agreement Signed", "N", "Agreement Signed Date", null, "Payments to Date", null,
                                "First Payment Date", null), List.of()),
                // G2 payments within the award
                arguments("G2 breaks: a penny over the award",
                        grant("Payments to Date", "£135,000.01"), List.of("G2 ERROR Grants!S4")),
                arguments("G2 passes: paid in full",
                        grant("Payments to Date", 135_000), List.of()),
                // G3 a public decision on or before the award
                arguments("G3 breaks: no decision reference or date",
                        grant("Decision Reference", null, "Decision Date", null), List.of("G3 ERROR Grants!K4")),
                arguments("G3 breaks: no decision reference",
                        grant("Decision Reference", " "), List.of("G3 ERROR Grants!K4")),
                arguments("G3 breaks: a reference but no decision date",
                        grant("Decision Date", null), List.of("G3 ERROR Grants!L4")),
                arguments("G3 breaks: decided the day after the award",
                        grant("Decision Date", "06/03/2015"), List.of("G3 ERROR Grants!L4")),
                arguments("G3 passes: decided on the day of the award",
                        grant("Decision Date", "05/03/2015"), List.of()),
                // G4 outputs specified, one of three specification types
                arguments("G4 breaks: outputs not specified",
                        grant("Outputs Specified", "N"), List.of("G4 ERROR Grants!Q4")),
                arguments("G4 breaks: outputs blank and no specification type",
                        grant("Outputs Specified", null, "Specification Type", null),
                        List.of("G4 ERROR Grants!Q4", "G4 ERROR Grants!R4")),
                arguments("G4 breaks: an unknown specification type",
                        grant("Specification Type", "Core funding"), List.of("G4 ERROR Grants!R4")),
                arguments("G4 passes: 'capacity-building' in any case and spacing",
                        grant("Specification Type", "CAPACITY-BUILDING"), List.of()),
                arguments("G4 passes: innovative pilot",
                        grant("Specification Type", "Innovative pilot"), List.of()),
                // G5 (warning) a monitoring visit within 6 months for a live grant
                arguments("G5 warns: live and last visited 31/07/2015, just outside August 2015 - January 2016",
                        grant("Last Monitoring Visit", "31/07/2015"), List.of("G5 WARNING Grants!U4")),
                arguments("G5 warns: live and never visited",
                        grant("Last Monitoring Visit", null), List.of("G5 WARNING Grants!U4")),
                arguments("G5 warns: open-ended (no planned end) and never visited",
                        grant("Last Monitoring Visit", null, "Planned End", null), List.of("G5 WARNING Grants!U4")),
                arguments("G5 warns: ends on the first day of the period",
                        grant("Last Monitoring Visit", null, "Planned End", "01/01/2016"), List.of("G5 WARNING Grants!U4")),
                arguments("G5 warns: starts on the last day of the period",
                        grant("Last Monitoring Visit", null, "Planned Start", "31/01/2016"), List.of("G5 WARNING Grants!U4")),
                arguments("G5 passes: visited on 01/08/2015, the first day of the window",
                        grant("Last Monitoring Visit", "01/08/2015"), List.of()),
                arguments("G5 passes: ended 31/12/2015, before the period",
                        grant("Last Monitoring Visit", null, "Planned End", "31/12/2015"), List.of()),
                arguments("G5 passes: no planned end, but started 01/04/2015 for 6 months, so ended before the period",
                        grant("Last Monitoring Visit", null, "Planned End", null, "Planned Dates:Duration (months)", 6),
                        List.of()),
                arguments("G5 warns: no planned end, started 01/04/2015 for '12 months', so still live",
                        grant("Last Monitoring Visit", null, "Planned End", null, "Planned Dates:Duration (months)",
                                "12 months"), List.of("G5 WARNING Grants!U4")),
                arguments("G5 passes: starts 01/02/2016, after the period",
                        grant("Last Monitoring Visit", null, "Planned Start", "01/02/2016", "Payments to Date", null,
                                "First Payment Date", null), List.of()),
                // G6 recipient identified
                arguments("G6 breaks: no charity number, company number or org id",
                        grant("Charity Number", null, "Company Number", null), List.of("G6 ERROR Grants!F4")),
                arguments("G6 breaks: only a council-made org id",
                        grant("Charity Number", null, "Company Number", null, "Recipient Org:Identifier", "360G-LBX-ORG-0042"),
                        List.of("G6 ERROR Grants!F4")),
                arguments("G6 passes: a company number only",
                        grant("Charity Number", null), List.of()),
                arguments("G6 passes: a charity number only",
                        grant("Company Number", null), List.of()),
                arguments("G6 passes: a 360Giving GB-CHC org id only",
                        grant("Charity Number", null, "Company Number", null, "Recipient Org:Identifier", "GB-CHC-1087412"),
                        List.of()),
                arguments("G6 passes: a 360Giving GB-COH org id only",
                        grant("Charity Number", null, "Company Number", null, "Recipient Org:Identifier", "gb-coh-04177235"),
                        List.of()),
                // an unreadable value is a FORMAT finding, and no rule guesses at it
                arguments("FORMAT only: unreadable payments to date",
                        grant("Payments to Date", "about half"), List.of("FORMAT ERROR Grants!S4")),
                // the required fields are a REQUIRED finding
                arguments("REQUIRED: no award date (and G5 then judges by the planned start)",
                        grant("Award Date", null), List.of("REQUIRED ERROR Grants!J4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("grants")
    void findsExactlyTheBreachesOfEachGrant(String name, Map<String, Object> grant, List<String> expected) {
        // given a return for January 2016 with this grant on row 4
        ReturnValidator<GrantLine> validator = validator(settings);

        // when
        CheckedRow checked = validator.check(GrantSheetFixture.row(FIRST_DATA_ROW, grant));

        // then
        assertThat(describe(checked.findings())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void aCleanGrantYieldsNoFindingAndIsLoadedWithItsRecipientAndPurposeKeys() {
        // given
        ReturnValidator<GrantLine> validator = validator(settings);

        // when
        CheckedRow checked = validator.check(GrantSheetFixture.row(FIRST_DATA_ROW, GrantSheetFixture.cleanGrant()));

        // then
        assertThat(checked.findings()).isEmpty();
        assertThat(checked.loadable()).isTrue();
        assertThat(checked.derivedValues()).containsExactly("chc:1087412", "welfare benefits and debt advice");
    }

    @Test
    void g1MessageGivesThePaymentAndBothDatesTheUkWay() {
        // given
        ReturnValidator<GrantLine> validator = validator(settings);

        // when
        Finding finding = validator.check(GrantSheetFixture.row(FIRST_DATA_ROW,
                grant("Agreement Signed Date", "2015-05-12"))).findings().get(0);

        // then
        assertThat(finding.field()).isEqualTo("agreement_signed_date");
        assertThat(finding.value()).isEqualTo("2015-05-12");
        assertThat(finding.message()).contains("MGP-001", "Bow Community Advice Centre", "first paid on 10/04/2015",
                "signed on 12/05/2015");
    }

    @Test
    void g2MessageGivesTheOverpayment() {
        Finding finding = validator(settings).check(GrantSheetFixture.row(FIRST_DATA_ROW,
                grant("Payments to Date", 140_000))).findings().get(0);

        assertThat(finding.message()).contains("£140,000", "£135,000", "£5,000 over");
    }

    @Test
    void g5IsAWarningNamingTheLastVisitAndTheWindow() {
        Finding finding = validator(settings).check(GrantSheetFixture.row(FIRST_DATA_ROW,
                grant("Last Monitoring Visit", "12/06/2015"))).findings().get(0);

        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).contains("12/06/2015", "6 months", "31/01/2016");
    }

    @Test
    void a360GivingExportLoadsWithFindingsForTheColumnsItLacks() {
        // given the 360Giving columns, which have none of the council's agreement, decision or monitoring fields
        List<String> titles = List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
                "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number",
                "Recipient Org:Company Number", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Title",
                "Planned Dates:Start Date", "Planned Dates:End Date", "Beneficiary Location:Name", "Last modified");
        HeaderMatch giving = GrantSheetFixture.header(titles);
        ReturnValidator<GrantLine> validator = new ReturnValidator<>(new GrantsReturn(settings), giving,
                new RuleContext(PERIOD, settings, new KeyTracker()));
        Map<String, Object> grant = new java.util.HashMap<>();
        grant.put("Identifier", "360G-LBX-PL-MGP-031");
        grant.put("Title", "Community food growing");
        grant.put("Currency", "GBP");
        grant.put("Amount Awarded", 66_000);
        grant.put("Award Date", "2015-03-05");
        grant.put("Recipient Org:Identifier", "GB-CHC-1126674");
        grant.put("Recipient Org:Name", "Shadwell Basin Community Garden");
        grant.put("Grant Programme:Title", "Mainstream Grants Programme 2015-18");
        grant.put("Planned Dates:Start Date", "2015-04-01");
        grant.put("Planned Dates:End Date", "2018-03-31");

        // when
        CheckedRow checked = validator.check(GrantSheetFixture.row(FIRST_DATA_ROW, titles, grant));
        CheckedRow next = validator.check(GrantSheetFixture.row(FIRST_DATA_ROW + 1, titles, grant));

        // then it loads, and each missing column is one finding at the header (its first cell),
        // made once for the file, not once per grant
        assertThat(giving.isComplete()).isTrue();
        assertThat(checked.loadable()).isTrue();
        assertThat(describe(checked.findings())).containsExactly("G3 ERROR Grants!A3", "G4 ERROR Grants!A3",
                "G4 ERROR Grants!A3", "G5 WARNING Grants!A3");
        assertThat(checked.findings()).extracting(Finding::field).containsExactly("decision_reference",
                "outputs_specified", "specification_type", "last_monitoring_visit");
        assertThat(checked.findings().get(0).message()).contains("no Decision Reference column")
                .doesNotContain("null");
        assertThat(next.findings()).isEmpty();
        assertThat(checked.derivedValues()).containsExactly("chc:1126674", "community food growing");
    }

    /** A grant breaking only the rule named, to switch that rule off. */
    static Stream<Arguments> breachesByRule() {
        return Stream.of(
                arguments("G1", grant("Agreement Signed", "N")),
                arguments("G2", grant("Payments to Date", 200_000)),
                arguments("G3", grant("Decision Reference", null)),
                arguments("G4", grant("Outputs Specified", "N")),
                arguments("G5", grant("Last Monitoring Visit", null)),
                arguments("G6", grant("Charity Number", null, "Company Number", null)));
    }

    @ParameterizedTest(name = "{0} switched off")
    @MethodSource("breachesByRule")
    void aRuleSwitchedOffInSettingsFindsNothing(String rule, Map<String, Object> grant) throws IOException {
        // given the real rules.yml with just this rule's enabled set to false
        RuleSettings off = settingsWithout(rule);
        assertThat(describe(validator(settings).check(GrantSheetFixture.row(FIRST_DATA_ROW, grant)).findings()))
                .as("with the rule on").anyMatch(f -> f.startsWith(rule + " "));

        // when
        CheckedRow checked = validator(off).check(GrantSheetFixture.row(FIRST_DATA_ROW, grant));

        // then
        assertThat(describe(checked.findings())).noneMatch(f -> f.startsWith(rule + " "));
        assertThat(new GrantsReturn(off).rules(off)).extracting(r -> r.id()).hasSize(5).doesNotContain(rule);
    }

    @Test
    void aRuleSwitchedOffNeedsNoSettingsAndOneNotMentionedIsOn() {
        // given settings that switch G5 off without its threshold and do not mention the others
        RuleSettings sparse = new RuleSettings(YAMLMapper.builder().build().readTree("""
                grants:
                  G5:
                    enabled: false
                """));

        // when
        List<String> ids = new GrantsReturn(sparse).rules(sparse).stream().map(r -> r.id()).toList();

        // then
        assertThat(ids).containsExactly("G1", "G2", "G3", "G4", "G6");
    }

    private ReturnValidator<GrantLine> validator(RuleSettings ruleSettings) {
        return new ReturnValidator<>(new GrantsReturn(ruleSettings), header,
                new RuleContext(PERIOD, ruleSettings, new KeyTracker()));
    }

    private static RuleSettings settingsWithout(String rule) throws IOException {
        String yaml = Files.readString(Path.of("jobs", "rules.yml"));
        Matcher switchOn = Pattern.compile("(?m)^(grants:(?:\\n.*)*?\\n  " + rule + ":\\s*\\n(?:    .*\\n)*?    enabled: )true")
                .matcher(yaml);
        assertThat(switchOn.find()).as("rules.yml switches grants " + rule + " on").isTrue();
        return new RuleSettings(YAMLMapper.builder().build().readTree(switchOn.replaceFirst("$1false")));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.cell()).toList();
    }
}
