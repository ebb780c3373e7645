package uk.gov.bestvalue.returns.keys;

import java.util.Locale;

/** Compares column titles the way a person does: ignoring case, spacing, punctuation and currency marks. */
public final class ColumnTitles {

    private ColumnTitles() {
    }

    /** "Value (£)", "VALUE" and "* value" all normalise to "value". */
    public static String normalise(String title) {
        if (title == null) {
            return "";
        }
        StringBuilder key = new StringBuilder(title.length());
        for (int i = 0; i < title.length(); i++) {
            char c = title.charAt(i);
            if (c == 'œ' && !betweenLetters(title, i)) {
                continue; // a pound sign in a DOS code page (0x9C) read as Windows-1252: "Net Amount(œ)"
            }
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean betweenLetters(String title, int i) {
        return i > 0 && i + 1 < title.length()
                && Character.isLetter(title.charAt(i - 1)) && Character.isLetter(title.charAt(i + 1));
    }
}
