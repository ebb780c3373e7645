package uk.gov.bestvalue.returns.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import uk.gov.bestvalue.returns.workbook.CellKind;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * How one row of a sheet lines up with a return's fields, read as a header row.
 *
 * @param columns for each field of the spec (by position), its 0-based column, or -1 when absent
 */
public record HeaderMatch(ReturnSpec spec, String sheet, int headerRowNumber, int headerWidth, int[] columns) {

    /** Matches a row's titles against a spec's aliases; each field takes the first column that names it. */
    public static HeaderMatch of(ReturnSpec spec, SheetRow row) {
        return of(spec, aliasIndex(spec), row);
    }

    /**
     * Tells, row after row, whether a data row is the spec's header again (a table pasted below another, its
     * columns perhaps in another order): the complete header it is, else null. Cheap on data rows: only a row
     * whose cell in {@code current}'s first required column is a column title is matched in full.
     */
    public static Function<SheetRow, HeaderMatch> repeatedHeader(HeaderMatch current) {
        ReturnSpec spec = current.spec();
        Map<String, Integer> fieldByAlias = aliasIndex(spec);
        int probe = spec.requiredFields().isEmpty() ? -1 : current.columnOf(spec.requiredFields().get(0).name());
        return row -> {
            if (probe < 0 || row.cell(probe).kind() != CellKind.TEXT
                    || !fieldByAlias.containsKey(ColumnTitles.normalise(row.cell(probe).text()))) {
                return null;
            }
            HeaderMatch again = of(spec, fieldByAlias, row);
            return again.isComplete() ? again : null;
        };
    }

    private static HeaderMatch of(ReturnSpec spec, Map<String, Integer> fieldByAlias, SheetRow row) {
        int[] columns = new int[spec.fields().size()];
        java.util.Arrays.fill(columns, -1);
        for (int column = 0; column < row.width(); column++) {
            Integer field = fieldByAlias.get(ColumnTitles.normalise(row.cell(column).text()));
            if (field != null && columns[field] < 0) {
                columns[field] = column;
            }
        }
        return new HeaderMatch(spec, row.sheet(), row.rowNumber(), row.width(), columns);
    }

    /** How many of the spec's fields the row names. */
    public int matchedCount() {
        int count = 0;
        for (int column : columns) {
            if (column >= 0) {
                count++;
            }
        }
        return count;
    }

    /** The required fields the row lacks, by their usual titles. */
    public List<String> missingRequiredTitles() {
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            FieldSpec field = spec.fields().get(i);
            if (field.required() && columns[i] < 0 && !field.fromSheet()) {
                missing.add(field.title());
            }
        }
        return missing;
    }

    /** Whether every required field has a column. */
    public boolean isComplete() {
        return missingRequiredTitles().isEmpty();
    }

    /** The column of a field, or -1 when the file lacks it. */
    public int columnOf(String fieldName) {
        return columns[spec.indexOf(fieldName)];
    }

    private static Map<String, Integer> aliasIndex(ReturnSpec spec) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < spec.fields().size(); i++) {
            FieldSpec field = spec.fields().get(i);
            index.putIfAbsent(ColumnTitles.normalise(field.name()), i);
            for (String alias : field.aliases()) {
                index.putIfAbsent(ColumnTitles.normalise(alias), i);
            }
        }
        return index;
    }
}
