package uk.gov.bestvalue.returns.rules;

import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
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

    /** The typed row, the field findings, and whether the row can be loaded. */
    public record Mapped(ReturnRow row, List<Finding> findings, boolean loadable) {
    }

    /** Types every mapped cell of a sheet row. */
    public static Mapped map(HeaderMatch header, SheetRow sheetRow) {
        List<FieldSpec> fields = header.spec().fields();
        Object[] values = new Object[fields.size()];
        String[] texts = new String[fields.size()];
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
            Parsed<?> parsed = field.type().parse(cell);
            texts[i] = cell.isBlank() ? null : cell.text();
            values[i] = parsed.value();
            if (parsed.failed()) {
                findings.add(new Finding(FORMAT, Severity.ERROR, sheetRow.ref(column), field.name(), texts[i],
                        field.title() + ": " + parsed.problem() + "."));
                loadable &= !field.required();
            } else if (parsed.isBlank() && field.required()) {
                findings.add(new Finding(REQUIRED, Severity.ERROR, sheetRow.ref(column), field.name(), null,
                        field.title() + " is blank. Every " + header.spec().item() + " needs one: fill it in."));
                loadable = false;
            }
        }
        return new Mapped(new ReturnRow(header, sheetRow.rowNumber(), values, texts), findings, loadable);
    }
}
