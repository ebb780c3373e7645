package uk.gov.bestvalue.returns.returntypes.milestones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnValidator;
import uk.gov.bestvalue.returns.rules.KeyTracker;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Rules M1-M3 (docs/domain.md) on one milestone of the Grants sheet of a January 2016 return, checked the way a
 * file's rows are: header match, field checks, then the rules switched on in the real {@code rules.yml}. The
 * header is on row 3 in the samples' column order (A action ... D deadline, E original deadline, F status,
 * G % complete, J board approval), so the milestone on row 4 gives predictable cells.
 */
class MilestoneRulesTests {

    private static final JobDefinitions DEFINITIONS = new JobDefinitions(Path.of("jobs"));
    private static final ReturnSpec SPEC = ReturnCatalog.load(DEFINITIONS).byId("action-plan-milestones").orElseThrow();
    private static final List<String> TITLES = List.of("Action / Recommendation", "Milestone", "Lead", "Deadline",
            "Original Deadline", "Status", "% Complete", "Action to Date", "Action planned and risks", "Board Approval",
            "Deadline Note", "Milestones");

    /** A milestone that breaks no rule in January 2016: on target at 50%, due in March. */
    private static Map<String, Object> milestone(Object... overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Action / Recommendation", "Bi-Annual Update of Community and Voluntary Service Strategy");
        values.put("Milestone", "Consultation and engagement on priorities for 3rd sector");
        values.put("Lead", "Kevin Kewin / Zena Cooke");
        values.put("Deadline", "Mar-16");
        values.put("Original Deadline", null);
        values.put("Status", "On Target");
        values.put("% Complete", 0.5);
        values.put("Action to Date", "Consultation sessions have been held.");
        values.put("Action planned and risks", null);
        values.put("Board Approval", null);
        values.put("Deadline Note", null);
        values.put("Milestones", null);
        for (int i = 0; i < overrides.length; i += 2) {
            if (!values.containsKey((String) overrides[i])) {
                throw new IllegalArgumentException("No column " + overrides[i]);
            }
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return values;
    }

    static Stream<Arguments> milestones() {
        return Stream.of(
                arguments("clean", milestone(), List.of()),
                // M1 complete <=> 100%
                arguments("M1 breaks: Complete at 95%", milestone("Status", "Complete", "% Complete", 0.95),
                        List.of("M1 ERROR Grants!G4")),
                arguments("M1 breaks: Completed with no % given", milestone("Status", "Completed", "% Complete", null),
                        List.of("M1 ERROR Grants!G4")),
                arguments("M1 breaks: 100% but On Target", milestone("% Complete", "100%"), List.of("M1 ERROR Grants!G4")),
                arguments("M1 passes: Complete and Ongoing at 100%",
                        milestone("Status", "Complete and Ongoing", "% Complete", 1.0, "Deadline", "Dec-15"), List.of()),
                // M2 overdue
                arguments("M2 breaks: Dec-15, Ongoing, in January", milestone("Deadline", "Dec-15", "Status", "Ongoing"),
                        List.of("M2 WARNING Grants!D4")),
                arguments("M2 passes: Jan-16 is not before 01/01/2016", milestone("Deadline", "Jan-16"), List.of()),
                arguments("M2 passes: Oct-15 but Complete", milestone("Deadline", "Oct-15", "Status", "Complete",
                        "% Complete", 1.0), List.of()),
                // M3 revised deadlines
                arguments("M3 breaks: revised date without the Board's approval",
                        milestone("Original Deadline", "Oct-15", "Status", "Revised Date Proposed"),
                        List.of("M3 WARNING Grants!J4")),
                arguments("M3 passes: revised date approved by the Board",
                        milestone("Original Deadline", "Dec-15", "Board Approval", "BV Programme Board 16/12/2015"), List.of()),
                arguments("M3 breaks: revised date earlier than the original",
                        milestone("Original Deadline", "Jun-16", "Board Approval", "BV Board 16/12/2015"),
                        List.of("M3 ERROR Grants!D4")),
                arguments("M3 breaks: Revised Date Proposed but no original deadline",
                        milestone("Status", "Revised date proposed"), List.of("M3 WARNING Grants!E4")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("milestones")
    void findsEachBreachAtItsCell(String name, Map<String, Object> values, List<String> expected) {
        // given the milestone on row 4 of the Grants sheet
        HeaderMatch header = HeaderMatch.of(SPEC, new SheetRow("Grants", 3,
                TITLES.stream().map(CellValue::text).toArray(CellValue[]::new)));
        ReturnValidator<MilestoneLine> validator = new ReturnValidator<>(new MilestonesReturn(RuleSettings.load(DEFINITIONS)),
                header, new RuleContext(YearMonth.of(2016, 1), RuleSettings.load(DEFINITIONS), new KeyTracker()));

        // when it is checked
        CheckedRow checked = validator.check(new SheetRow("Grants", 4,
                TITLES.stream().map(t -> cell(values.get(t))).toArray(CellValue[]::new)));

        // then exactly the expected findings come, at their cells
        assertThat(checked.findings()).extracting(f -> f.rule() + " " + f.severity() + " " + f.cell())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(checked.loadable()).isTrue();
    }

    @Test
    void theAreaComesFromTheSheetAndTheKeyTellsMilestonesApart() {
        // given two Property milestones with the same text under different actions
        HeaderMatch header = HeaderMatch.of(SPEC, new SheetRow("Property", 3,
                TITLES.stream().map(CellValue::text).toArray(CellValue[]::new)));
        ReturnValidator<MilestoneLine> validator = new ReturnValidator<>(new MilestonesReturn(RuleSettings.load(DEFINITIONS)),
                header, new RuleContext(YearMonth.of(2016, 1), RuleSettings.load(DEFINITIONS), new KeyTracker()));

        // when both are checked
        List<Object> first = validator.check(new SheetRow("Property", 4, cells(milestone("Action / Recommendation",
                "Community Buildings Policy", "Milestone", "Cabinet/other approval")))).derivedValues();
        List<Object> second = validator.check(new SheetRow("Property", 5, cells(milestone("Action / Recommendation",
                "Approval of the Council's Asset Strategy", "Milestone", "Cabinet / other  approval")))).derivedValues();

        // then each has its own key, from the sheet's area, and its status category
        assertThat(first).containsExactly("property|community buildings policy|cabinet other approval", "ON_TARGET");
        assertThat(second.get(0)).isEqualTo("property|approval of the council s asset strategy|cabinet other approval");
    }

    @Test
    void statusesAreCategorisedAsTheReportWritesThem() {
        assertThat(Stream.of("Complete", "Completed", "Complete and Ongoing", "On Target", "On target", "Ongoing",
                "On-going", "Revised Date Proposed", "Revised date proposed", "As above", null)
                .map(MilestoneStatus::of).toList()).containsExactly(MilestoneStatus.COMPLETE, MilestoneStatus.COMPLETE,
                MilestoneStatus.COMPLETE, MilestoneStatus.ON_TARGET, MilestoneStatus.ON_TARGET, MilestoneStatus.ONGOING,
                MilestoneStatus.ONGOING, MilestoneStatus.REVISED, MilestoneStatus.REVISED, MilestoneStatus.OTHER,
                MilestoneStatus.OTHER);
    }

    @Test
    void deliveryStatusFollowsTheThresholdsInRulesYml() {
        MilestoneKpis kpis = new MilestoneKpis(RuleSettings.load(DEFINITIONS));
        assertThat(Arrays.asList(kpis.status(new java.math.BigDecimal("0.9112"), 0),
                kpis.status(new java.math.BigDecimal("0.9112"), 2), kpis.status(new java.math.BigDecimal("0.75"), 0),
                kpis.status(new java.math.BigDecimal("0.7499"), 0), kpis.status(null, 0)))
                .containsExactly("GREEN", "AMBER", "AMBER", "RED", null);
    }

    private static CellValue[] cells(Map<String, Object> values) {
        return TITLES.stream().map(t -> cell(values.get(t))).toArray(CellValue[]::new);
    }

    private static CellValue cell(Object value) {
        if (value == null) {
            return CellValue.BLANK;
        }
        if (value instanceof Number number) {
            return CellValue.number(number.doubleValue(), null);
        }
        return CellValue.text(value.toString());
    }
}
