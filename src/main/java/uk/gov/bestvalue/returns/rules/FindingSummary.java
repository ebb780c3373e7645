package uk.gov.bestvalue.returns.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Findings grouped for people, by rule, severity and field, in the order each group first appears: how many, on
 * which rows (as ranges such as {@code 2-784, 790}) and the first few, so that one cause reads as one line before
 * the list of every cell.
 *
 * @param examples the first {@value #EXAMPLES} findings of the group
 */
public record FindingSummary(String rule, Severity severity, String field, int count, String rows,
                             List<Finding> examples) {

    /** How many findings of a group are quoted. */
    public static final int EXAMPLES = 3;

    public FindingSummary {
        examples = List.copyOf(examples);
    }

    /** Groups findings, errors before warnings, then by first appearance. */
    public static List<FindingSummary> of(List<Finding> findings) {
        Map<List<Object>, Group> groups = new LinkedHashMap<>();
        for (Finding finding : findings) {
            groups.computeIfAbsent(java.util.Arrays.asList(finding.rule(), finding.severity(), finding.field()),
                    key -> new Group(finding)).add(finding);
        }
        List<FindingSummary> summary = new ArrayList<>();
        for (Severity severity : Severity.values()) {
            groups.values().stream().filter(g -> g.first.severity() == severity).map(Group::summary)
                    .forEach(summary::add);
        }
        return summary;
    }

    private static final class Group {
        private final Finding first;
        private final List<Finding> examples = new ArrayList<>(EXAMPLES);
        private final StringBuilder rows = new StringBuilder();
        private int count;
        private String sheet;
        private String rangeSheet;
        private int rangeStart = -1;
        private int rangeEnd = -1;

        Group(Finding first) {
            this.first = first;
            this.sheet = first.cell().sheet();
        }

        void add(Finding finding) {
            count++;
            if (examples.size() < EXAMPLES) {
                examples.add(finding);
            }
            int row = finding.cell().row();
            String at = finding.cell().sheet();
            if (Objects.equals(at, rangeSheet) && (row == rangeEnd || row == rangeEnd + 1)) {
                rangeEnd = row;
                return;
            }
            flush();
            rangeSheet = at;
            rangeStart = row;
            rangeEnd = row;
        }

        private void flush() {
            if (rangeStart < 0) {
                return;
            }
            rows.append(rows.isEmpty() ? "" : ", ");
            if (!Objects.equals(rangeSheet, sheet)) {
                rows.append(rangeSheet).append('!'); // rows of the group's first sheet go without its name
            }
            rows.append(rangeStart == rangeEnd ? String.valueOf(rangeStart) : rangeStart + "-" + rangeEnd);
            rangeStart = -1;
        }

        FindingSummary summary() {
            flush();
            return new FindingSummary(first.rule(), first.severity(), first.field(), count, rows.toString(), examples);
        }
    }
}
