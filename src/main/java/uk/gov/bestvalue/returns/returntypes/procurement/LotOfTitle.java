package uk.gov.bestvalue.returns.returntypes.procurement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lot a contract's title names, for a register with no lot column: Salford's writes a framework's lots as rows of
 * one reference titled "Technical and Highway Works Framework - Lot Four", "Lot 1 Full-time Alternative Provision",
 * "Plant Hire ... - Lot 19". A lot is its number, written in figures or in words ("Lot Five" is lot 5).
 */
final class LotOfTitle {

    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");
    private static final Pattern LOT = Pattern.compile("\\blot\\s*(?:no\\.?\\s*|number\\s*)?([0-9]+[a-z]?|"
            + String.join("|", NUMBERS) + ")\\b", Pattern.CASE_INSENSITIVE);

    private LotOfTitle() {
    }

    /** The lot named in the title, as its number ("5", "3a"), or null when the title names none. */
    static String of(String title) {
        if (title == null) {
            return null;
        }
        Matcher lot = LOT.matcher(title);
        if (!lot.find()) {
            return null;
        }
        String named = lot.group(1).toLowerCase(Locale.ROOT);
        int word = NUMBERS.indexOf(named);
        return word >= 0 ? Integer.toString(word + 1) : named.replaceFirst("^0+(?=\\d)", "");
    }
}
