package uk.gov.bestvalue.returns.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * One finding per cause: a rule that needs a column the file lacks is reported once, at the header, not on
 * every row. Holds which (rule, field) pairs were reported, across the tables of one return.
 */
public final class MissingColumns {

    private final Set<String> reported = new HashSet<>();

    /**
     * Replaces the findings of one row that only say a column is absent: the first for each rule and field
     * becomes a finding at the header, the later ones are dropped.
     */
    public List<Finding> regroup(HeaderMatch header, List<Finding> findings) {
        if (findings.isEmpty() || findings.stream().noneMatch(f -> absent(header, f))) {
            return findings;
        }
        List<Finding> kept = new java.util.ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (!absent(header, finding)) {
                kept.add(finding);
            } else if (reported.add(finding.rule() + "\u0000" + finding.field())) {
                kept.add(atHeader(header, finding));
            }
        }
        return kept;
    }

    private static boolean absent(HeaderMatch header, Finding finding) {
        if (finding.field() == null) {
            return false;
        }
        int index = header.spec().indexOf(finding.field());
        if (index < 0) {
            return false;
        }
        FieldSpec field = header.spec().fields().get(index);
        return !field.fromSheet() && header.columns()[index] < 0;
    }

    private static Finding atHeader(HeaderMatch header, Finding finding) {
        String title = header.spec().field(finding.field()).title();
        String item = header.spec().item();
        // the header row's first cell: a cell the owner's workbook has, so that the checked copy can mark it
        CellRef where = new CellRef(header.sheet(), header.headerRowNumber(), 0);
        return new Finding(finding.rule(), finding.severity(), where, finding.field(), null,
                "The file has no " + title + " column, so rule " + finding.rule() + " cannot be checked for any "
                        + item + ". Add a '" + title + "' column and fill it in for every " + item
                        + ", or tell the programme office which of your columns holds it.");
    }
}
