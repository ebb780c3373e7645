package uk.gov.bestvalue.returns.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.FieldType;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * Holds back the findings of cells that cannot be read until their column has shown a value it can read, so that a
 * column in which no value can be read (a quarter in every date cell, say) is one finding at its header rather than
 * one per row. Rows are read once: a column's findings are held only until its first readable value (then they are
 * handed on, and the column's later ones pass straight through) or the end of its table; past
 * {@link #HELD_AT_MOST} a column keeps only a count and its examples. One instance per table.
 */
public final class UnreadableColumns {

    /** Fewer unreadable values than this in a column are reported cell by cell: too few to call the column unusable. */
    public static final int AT_LEAST = 3;
    /** The findings one column holds at most; beyond them, a count. */
    static final int HELD_AT_MOST = 1_000;
    private static final int EXAMPLES = 2;
    /** How the finding of a column none of whose values can be read begins, for those who read findings back. */
    public static final String UNUSABLE = "No value in column ";

    private final HeaderMatch header;
    private final Column[] columns;
    private final List<String> unusableRequired = new ArrayList<>(0);

    public UnreadableColumns(HeaderMatch header) {
        this.header = header;
        this.columns = new Column[header.spec().fields().size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new Column();
        }
    }

    /** What one field of a row came to: a value read, a value that could not be read, or nothing. */
    public enum Outcome { READ, UNREADABLE, BLANK }

    /**
     * Takes a row's field findings and what each field came to; returns the findings to report now: the row's own,
     * less those held, plus those of a column that has just shown a readable value.
     */
    public List<Finding> pass(List<Finding> findings, Outcome[] outcomes) {
        List<Finding> now = new ArrayList<>(findings.size());
        for (int i = 0; i < outcomes.length; i++) {
            Column column = columns[i];
            if (outcomes[i] == Outcome.READ && !column.readable) {
                column.readable = true;
                now.addAll(column.held);
                if (column.count > column.held.size()) {
                    now.add(more(i, column));
                }
                column.held = List.of();
            }
        }
        for (Finding finding : findings) {
            int i = FieldChecks.FORMAT.equals(finding.rule()) && finding.field() != null
                    ? header.spec().indexOf(finding.field()) : -1;
            if (i < 0 || outcomes[i] != Outcome.UNREADABLE || columns[i].readable) {
                now.add(finding);
            } else {
                columns[i].hold(finding);
            }
        }
        return now;
    }

    /**
     * At the end of the table: one finding at the header for each column none of whose values could be read (at
     * least {@link #AT_LEAST} of them), and the held findings, cell by cell, of a column with fewer.
     */
    public List<Finding> finish() {
        List<Finding> findings = new ArrayList<>(0);
        for (int i = 0; i < columns.length; i++) {
            Column column = columns[i];
            if (column.readable || column.count == 0) {
                continue;
            }
            if (column.count < AT_LEAST) {
                findings.addAll(column.held);
            } else {
                findings.add(unusable(i, column));
                if (header.spec().fields().get(i).required()) {
                    unusableRequired.add(columnName(i));
                }
            }
            column.held = List.of();
            column.readable = true;
        }
        return findings;
    }

    /** The required columns none of whose values could be read, e.g. {@code A 'Date'}: the file cannot be loaded. */
    public List<String> unusableRequired() {
        return List.copyOf(unusableRequired);
    }

    private Finding unusable(int index, Column column) {
        FieldSpec field = header.spec().fields().get(index);
        String consequence = field.required()
                ? " " + field.title() + " must be read for every " + header.spec().item() + ", so no row can be "
                + "loaded: put " + article(field.type()) + " in this column for every row (or tell the programme "
                + "office which column holds it) and send the file again."
                : " The column is left empty in the warehouse: correct its values, or leave the column out.";
        return new Finding(FieldChecks.FORMAT, Severity.ERROR, at(index), field.name(), null,
                UNUSABLE + columnName(index) + " could be read as " + article(field.type())
                        + asField(index) + ": " + rows(column) + examples(column) + "." + consequence);
    }

    private Finding more(int index, Column column) {
        FieldSpec field = header.spec().fields().get(index);
        int beyond = column.count - column.held.size();
        return new Finding(FieldChecks.FORMAT, Severity.ERROR, at(index), field.name(), null,
                String.format(Locale.UK, "%,d more values in column %s, up to row %d, could not be read as %s%s. "
                        + "Correct them.", beyond, columnName(index), column.lastRow, article(field.type()),
                        asField(index)));
    }

    /** " (Payment Date)" when the file titles the column otherwise, so that the owner knows what it was read as. */
    private String asField(int index) {
        FieldSpec field = header.spec().fields().get(index);
        return header.titleOf(field.name()).strip().equalsIgnoreCase(field.title()) ? "" : " (" + field.title() + ")";
    }

    private CellRef at(int index) {
        return new CellRef(header.sheet(), header.headerRowNumber(), header.columns()[index]);
    }

    private String columnName(int index) {
        return columnName(header, header.spec().fields().get(index).name());
    }

    /** A field's column as its owner sees it, e.g. {@code A 'Date'}. */
    public static String columnName(HeaderMatch header, String field) {
        return CellRef.columnLetters(header.columnOf(field)) + " '" + header.titleOf(field) + "'";
    }

    private static String rows(Column column) {
        return String.format(Locale.UK, "%,d rows, %d to %d", column.count, column.firstRow, column.lastRow);
    }

    /** ", such as 'a' and 'b'", or ", each 'a'" when every value was the same (a second would have been kept). */
    private static String examples(Column column) {
        List<String> quoted = column.examples.stream().map(e -> "'" + e + "'").toList();
        if (quoted.isEmpty()) {
            return "";
        }
        return quoted.size() == 1 ? ", each " + quoted.get(0) : ", such as " + String.join(" and ", quoted);
    }

    private static String article(FieldType type) {
        return switch (type) {
            case DATE -> "a date";
            case MONEY -> "an amount of money";
            case BOOLEAN -> "a yes or no";
            case PERCENT -> "a percentage";
            case INTEGER -> "a whole number";
            case TEXT -> "text";
        };
    }

    /** One column's held findings, count, rows and distinct example values. */
    private static final class Column {
        private boolean readable;
        private List<Finding> held = new ArrayList<>(0);
        private int count;
        private int firstRow;
        private int lastRow;
        private final Set<String> examples = new LinkedHashSet<>();

        void hold(Finding finding) {
            if (count++ == 0) {
                firstRow = finding.cell().row();
            }
            lastRow = finding.cell().row();
            if (examples.size() < EXAMPLES && finding.value() != null) {
                examples.add(finding.value());
            }
            if (held.size() < HELD_AT_MOST) {
                held.add(finding);
            }
        }
    }
}
