package uk.gov.bestvalue.returns.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.FieldTyping;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.spec.WarehouseColumns;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.Parsed;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Types a sheet row by the return's spec: a cell that cannot be read is a {@code FORMAT} finding and a
 * blank required cell a {@code REQUIRED} finding; a row missing a required value is not loadable.
 */
public final class FieldChecks {

    /** The rule id of a cell that cannot be read as its field's type. */
    public static final String FORMAT = "FORMAT";
    /** The rule id of a required cell left blank. */
    public static final String REQUIRED = "REQUIRED";

    private FieldChecks() {
    }

    /**
     * The typed row, the field findings, whether the row can be loaded, and what each field came to (by the spec's
     * field order), so that a column none of whose values can be read is reported once.
     */
    public record Mapped(ReturnRow row, List<Finding> findings, boolean loadable,
                         UnreadableColumns.Outcome[] outcomes) {
    }

    /** Types every mapped cell of a sheet row. */
    public static Mapped map(HeaderMatch header, SheetRow sheetRow) {
        return map(header, columnSizes(header.spec()), new FieldTyping(header.spec().fields()), sheetRow);
    }

    /** What each field's warehouse column holds (null where it has no limit), by the spec's field order. */
    public static WarehouseColumns.Size[] columnSizes(ReturnSpec spec) {
        WarehouseColumns columns = WarehouseColumns.migrations();
        return spec.fields().stream().map(field -> columns.size(spec.table(), field.name()))
                .toArray(WarehouseColumns.Size[]::new);
    }

    /**
     * Types every mapped cell of a sheet row, given the {@link #columnSizes} of its spec (looked up once a sheet) and
     * the table's typing (kept from row to row).
     */
    public static Mapped map(HeaderMatch header, WarehouseColumns.Size[] sizes, FieldTyping typing,
                             SheetRow sheetRow) {
        List<FieldSpec> fields = header.spec().fields();
        Object[] values = new Object[fields.size()];
        String[] texts = new String[fields.size()];
        UnreadableColumns.Outcome[] outcomes = new UnreadableColumns.Outcome[fields.size()];
        Arrays.fill(outcomes, UnreadableColumns.Outcome.BLANK);
        List<Finding> findings = new ArrayList<>(0);
        boolean loadable = true;
        for (int i = 0; i < values.length; i++) {
            int column = header.columns()[i];
            FieldSpec field = fields.get(i);
            if (column < 0) {
                if (field.fromSheet()) {
                    values[i] = header.sheet();
                    texts[i] = header.sheet();
                }
                continue;
            }
            CellValue cell = sheetRow.cell(column);
            Parsed<?> parsed = typing.parse(i, cell);
            texts[i] = cell.isBlank() ? null : cell.text();
            values[i] = parsed.value();
            outcomes[i] = parsed.failed() ? UnreadableColumns.Outcome.UNREADABLE
                    : parsed.isBlank() ? UnreadableColumns.Outcome.BLANK : UnreadableColumns.Outcome.READ;
            if (parsed.failed()) {
                findings.add(new Finding(FORMAT, Severity.ERROR, sheetRow.ref(column), field.name(), texts[i],
                        field.title() + ": " + parsed.problem() + "."));
                loadable &= !field.required();
                continue;
            }
            Finding beyond = parsed.isBlank() ? null : beyondColumn(sizes[i], field, parsed.value());
            if (beyond != null) {
                findings.add(new Finding(FORMAT, beyond.severity(), sheetRow.ref(column), field.name(), texts[i],
                        beyond.message()));
                if (beyond.severity() == Severity.ERROR) {
                    // the warehouse cannot hold the number: it is left out, as a cell that cannot be read would be
                    values[i] = null;
                    loadable &= !field.required();
                }
            } else if (parsed.isBlank() && field.required()) {
                findings.add(new Finding(REQUIRED, Severity.ERROR, sheetRow.ref(column), field.name(), null,
                        field.title() + " is blank. Every " + header.spec().item() + " needs one: fill it in."));
                loadable = false;
            }
        }
        return new Mapped(new ReturnRow(header, sheetRow.rowNumber(), values, texts), findings, loadable, outcomes);
    }

    /**
     * The severity and message of a value its warehouse column cannot hold, or null when it fits: a number beyond
     * its DECIMAL is an error (the load would fail on it), a text longer than its VARCHAR a warning (it is cut).
     */
    private static Finding beyondColumn(WarehouseColumns.Size size, FieldSpec field, Object value) {
        if (size == null) {
            return null;
        }
        if (value instanceof BigDecimal number && size.precision() > 0 && !fewerWholeDigits(number, size)
                && number.abs().compareTo(size.largest()) > 0) {
            return new Finding(FORMAT, Severity.ERROR, null, field.name(), null, field.title() + ": "
                    + number.toPlainString() + " is larger than the warehouse can hold (at most "
                    + String.format(Locale.UK, "%,." + size.scale() + "f", size.largest()) + "). Check the value.");
        }
        if (value instanceof String text && size.length() > 0 && text.length() > size.length()) {
            return new Finding(FORMAT, Severity.WARNING, null, field.name(), null, field.title() + ": the text is "
                    + String.format(Locale.UK, "%,d", text.length()) + " characters long; the warehouse keeps the "
                    + "first " + String.format(Locale.UK, "%,d", size.length()) + ". Shorten it.");
        }
        return null;
    }

    /** Whether a number has fewer whole digits than its column allows, so fits it whatever its fraction: most do. */
    private static boolean fewerWholeDigits(BigDecimal number, WarehouseColumns.Size size) {
        return number.precision() - number.scale() < size.precision() - size.scale();
    }
}
