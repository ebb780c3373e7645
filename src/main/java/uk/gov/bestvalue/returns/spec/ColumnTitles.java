package uk.gov.bestvalue.returns.spec;

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
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString().toLowerCase(Locale.ROOT);
    }
}
