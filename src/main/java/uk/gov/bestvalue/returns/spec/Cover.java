package uk.gov.bestvalue.returns.spec;

import java.util.List;
import java.util.Locale;

import uk.gov.bestvalue.returns.keys.ColumnTitles;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.ValueParsers;

/**
 * What a return says about itself on its cover sheet or in the rows above its header.
 * Any value may be null when the file does not say.
 */
public record Cover(String returnTitle, String directorate, CellValue period, String submittedBy, String contactEmail) {

    // one plain address: a list, a display name, a line break (a header smuggled in) or a space is not taken
    private static final java.util.regex.Pattern ONE_ADDRESS = java.util.regex.Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    /** A cover that says nothing. */
    public static final Cover EMPTY = new Cover(null, null, null, null, null);

    /** Reads label/value pairs: "Directorate" | "Place" in two cells, or "Directorate: Place" in one. */
    public static Cover read(List<SheetRow> rows) {
        Cover cover = EMPTY;
        for (SheetRow row : rows) {
            int labelColumn = firstFilled(row, 0);
            if (labelColumn < 0) {
                continue;
            }
            String label = row.cell(labelColumn).text().trim();
            CellValue value;
            int colon = label.indexOf(':');
            if (colon > 0 && colon < label.length() - 1) {
                value = CellValue.text(label.substring(colon + 1).trim());
                label = label.substring(0, colon);
            } else {
                int valueColumn = firstFilled(row, labelColumn + 1);
                value = valueColumn < 0 ? null : row.cell(valueColumn);
            }
            if (value != null) {
                cover = cover.with(ColumnTitles.normalise(label), value);
            }
        }
        return cover;
    }

    /** Fills in what this cover lacks from another. */
    public Cover orElse(Cover other) {
        return new Cover(first(returnTitle, other.returnTitle), first(directorate, other.directorate),
                period != null ? period : other.period, first(submittedBy, other.submittedBy),
                first(contactEmail, other.contactEmail));
    }

    private Cover with(String label, CellValue value) {
        String text = ValueParsers.text(value).value();
        return switch (label) {
            case "return", "returntype", "returnname" -> new Cover(text, directorate, period, submittedBy, contactEmail);
            case "directorate", "directoratename", "department" -> new Cover(returnTitle, text, period, submittedBy, contactEmail);
            case "period", "month", "returnperiod", "reportingperiod", "periodmonth" ->
                    new Cover(returnTitle, directorate, value, submittedBy, contactEmail);
            case "submittedby", "preparedby", "completedby" -> new Cover(returnTitle, directorate, period, text, contactEmail);
            case "contactemail", "email", "contact", "emailaddress" -> text != null && ONE_ADDRESS.matcher(text.strip()).matches()
                    ? new Cover(returnTitle, directorate, period, submittedBy, text.strip().toLowerCase(Locale.ROOT)) : this;
            default -> this;
        };
    }

    private static int firstFilled(SheetRow row, int from) {
        for (int column = from; column < row.width(); column++) {
            if (!row.cell(column).isBlank()) {
                return column;
            }
        }
        return -1;
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }
}
