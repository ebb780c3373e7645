package uk.gov.bestvalue.returns.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import uk.gov.bestvalue.returns.spec.ColumnMapping;
import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * Findings about a return's columns rather than its rows, each made once per return at the header: a column read
 * by a guess (a title like a listed one, or by its values) for its owner to confirm, and a rule that needs a
 * column the file lacks, instead of that rule's finding on every row. Holds what was reported, across the tables
 * of one return.
 */
public final class HeaderFindings {

    /** The rule id of a column read by a guess, for its owner to confirm. */
    public static final String MAPPING = "MAPPING";

    private final Set<String> reported = new HashSet<>();

    /** A finding for each of a table's columns read by a guess, unless an earlier table of the return had it. */
    public List<Finding> guessedColumns(HeaderMatch header) {
        List<Finding> findings = new java.util.ArrayList<>(0);
        for (ColumnMapping mapping : header.mappings()) {
            if (mapping.inferred() && reported.add(MAPPING + "\u0000" + mapping.field())) {
                String title = header.spec().field(mapping.field()).title();
                findings.add(new Finding(MAPPING, Severity.WARNING,
                        new CellRef(header.sheet(), header.headerRowNumber(), mapping.column()), mapping.field(),
                        mapping.title(), "We read the column '" + mapping.title() + "' as " + title
                        + (mapping.how() == ColumnMapping.How.CONTENT ? " (from its values)" : "")
                        + ". If that is wrong, rename the column (for example to '" + title + "') or tell the "
                        + "programme office, who can set how your columns are read."));
            }
        }
        return findings;
    }

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
                        + item + ". Add a column titled '" + title + "' and fill it in for every " + item
                        + ", or tell the programme office which of your columns holds it.");
    }
}
