package uk.gov.bestvalue.returns.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import uk.gov.bestvalue.returns.keys.ColumnTitles;
import uk.gov.bestvalue.returns.workbook.CellKind;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * How one row of a sheet lines up with a return's fields, read as a header row.
 *
 * @param columns  for each field of the spec (by position), its 0-based column, or -1 when absent
 * @param mappings how each mapped column was read, in column order
 * @param titles   every header cell's title as the file has it ("" when blank), in column order
 */
public record HeaderMatch(ReturnSpec spec, String sheet, int headerRowNumber, int headerWidth, int[] columns,
                          List<ColumnMapping> mappings, List<String> titles) {

    public HeaderMatch {
        mappings = List.copyOf(mappings);
        titles = List.copyOf(titles);
    }

    /** Maps a row's titles to a spec's fields by their titles alone. */
    public static HeaderMatch of(ReturnSpec spec, SheetRow row) {
        return ColumnMapper.of(spec).map(row, List.of());
    }

    /** Maps a row's titles to a spec's fields, checking inferred mappings against the rows below ({@code samples}). */
    public static HeaderMatch of(ReturnSpec spec, SheetRow row, List<SheetRow> samples) {
        return ColumnMapper.of(spec).map(row, samples);
    }

    /** The same, for a row whose titles were read already: a candidate header row is tried against every spec. */
    public static HeaderMatch of(ReturnSpec spec, SheetRow row, HeaderTitles titles, List<SheetRow> samples) {
        return ColumnMapper.of(spec).map(row, titles, samples);
    }

    /**
     * Tells, row after row, whether a data row is the spec's header again (a table pasted below another, its
     * columns perhaps in another order): the complete header it is, else null. Cheap on data rows: only a row
     * whose cell in {@code current}'s first required column is that column's title again is matched in full.
     */
    public static Function<SheetRow, HeaderMatch> repeatedHeader(HeaderMatch current) {
        Set<String> firstTitles = new HashSet<>();
        int probe = -1;
        for (FieldSpec field : current.spec().requiredFields()) {
            probe = current.columnOf(field.name());
            if (probe >= 0) {
                firstTitles.add(ColumnTitles.normalise(current.titles().get(probe)));
                firstTitles.addAll(field.aliases().stream().map(ColumnTitles::normalise).toList());
                break;
            }
        }
        int column = probe;
        return row -> {
            if (column < 0 || row.cell(column).kind() != CellKind.TEXT
                    || !firstTitles.contains(ColumnTitles.normalise(row.cell(column).text()))) {
                return null;
            }
            HeaderMatch again = of(current.spec(), row);
            return again.isComplete() ? again : null;
        };
    }

    /** How many of the spec's fields the row names. */
    public int matchedCount() {
        return mappings.size();
    }

    /** The weight of evidence that this row is the spec's header: the sum of its mappings' scores. */
    public double score() {
        return mappings.stream().mapToDouble(ColumnMapping::score).sum();
    }

    /** The fields a file must have as columns that this row lacks, by their usual titles. */
    public List<String> missingRequiredTitles() {
        List<String> missing = new ArrayList<>();
        for (FieldSpec field : missingRequiredFields()) {
            missing.add(field.title());
        }
        return missing;
    }

    /** The fields a file must have as columns that this row lacks. */
    public List<FieldSpec> missingRequiredFields() {
        List<FieldSpec> missing = new ArrayList<>();
        for (int i = 0; i < columns.length; i++) {
            FieldSpec field = spec.fields().get(i);
            if (field.columnRequired() && columns[i] < 0 && !field.fromSheet()) {
                missing.add(field);
            }
        }
        return missing;
    }

    /** Whether every required field has a column. */
    public boolean isComplete() {
        return missingRequiredFields().isEmpty();
    }

    /** The column of a field, or -1 when the file lacks it. */
    public int columnOf(String fieldName) {
        return columns[spec.indexOf(fieldName)];
    }

    /** The field's column title as the file has it, else the field's usual title: what the owner will recognise. */
    public String titleOf(String fieldName) {
        int column = columnOf(fieldName);
        String own = column >= 0 && column < titles.size() ? titles.get(column) : "";
        return own.isBlank() ? spec.field(fieldName).title() : own;
    }

    /** The title of an unmapped column most like the field, for a person to consider; null when none is. */
    public String nearestTitle(String fieldName) {
        Set<Integer> mapped = new HashSet<>();
        mappings.forEach(m -> mapped.add(m.column()));
        return ColumnMapper.of(spec).nearest(fieldName, titles, mapped);
    }
}
