package uk.gov.bestvalue.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.workbook.CellRef;

/** One cause reads as one line: findings grouped by rule, severity and field, rows as ranges, errors first. */
class FindingSummaryTests {

    @Test
    void groupsFindingsByRuleAndFieldWithTheirRowsAsRanges() {
        // given a warning on row 9, then the same error on rows 2-5 and 7, and on a second sheet
        List<Finding> findings = new ArrayList<>();
        findings.add(finding("P8", Severity.WARNING, "Contracts", 9, "end_date"));
        for (int row : new int[] {2, 3, 4, 5, 7}) {
            findings.add(finding("FORMAT", Severity.ERROR, "Contracts", row, "start_date"));
        }
        findings.add(finding("FORMAT", Severity.ERROR, "Lots", 4, "start_date"));
        findings.add(finding("FORMAT", Severity.ERROR, "Contracts", 3, "end_date"));

        // when
        List<FindingSummary> summary = FindingSummary.of(findings);

        // then errors first, each group once, in the order it first appeared
        assertThat(summary).extracting(FindingSummary::rule, FindingSummary::field, FindingSummary::count,
                FindingSummary::rows).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("FORMAT", "start_date", 6, "2-5, 7, Lots!4"),
                        org.assertj.core.groups.Tuple.tuple("FORMAT", "end_date", 1, "3"),
                        org.assertj.core.groups.Tuple.tuple("P8", "end_date", 1, "9"));
        assertThat(summary.get(0).examples()).hasSize(FindingSummary.EXAMPLES)
                .extracting(f -> f.cell().row()).containsExactly(2, 3, 4);
    }

    private static Finding finding(String rule, Severity severity, String sheet, int row, String field) {
        return new Finding(rule, severity, new CellRef(sheet, row, 3), field, "x", rule + " on " + field);
    }
}
