package uk.gov.bestvalue.returns.workbook;

/**
 * Where a value sits in a workbook: the sheet, the 1-based spreadsheet row and the 0-based column.
 * Prints as Excel does, e.g. {@code Contracts!F12} or {@code 'Cover sheet'!B3}.
 */
public record CellRef(String sheet, int row, int column) {

    /** The column's letters: 0 is A, 25 is Z, 26 is AA. */
    public String columnLetters() {
        return columnLetters(column);
    }

    /** The letters of a 0-based column index. */
    public static String columnLetters(int column) {
        StringBuilder letters = new StringBuilder();
        for (int n = column + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    /** The 0-based column index of letters such as {@code F} or {@code AA}. */
    public static int columnIndex(CharSequence letters) {
        int index = 0;
        for (int i = 0; i < letters.length(); i++) {
            index = index * 26 + (Character.toUpperCase(letters.charAt(i)) - 'A' + 1);
        }
        return index - 1;
    }

    /** The cell without its sheet, e.g. {@code F12}. */
    public String address() {
        return columnLetters() + row;
    }

    @Override
    public String toString() {
        return quotedSheet() + "!" + address();
    }

    private String quotedSheet() {
        return sheet.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_')
                ? sheet : "'" + sheet.replace("'", "''") + "'";
    }
}
