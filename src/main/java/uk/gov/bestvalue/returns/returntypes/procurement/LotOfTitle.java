package uk.gov.bestvalue.returns.returntypes.procurement;

import java.util.List;
import java.util.Locale;

/**
 * The lot a contract's title names, for a register with no lot column: Salford's writes a framework's lots as rows of
 * one reference titled "Technical and Highway Works Framework - Lot Four", "Lot 1 Full-time Alternative Provision",
 * "Plant Hire ... - Lot 19". A lot is its number, written in figures or in words ("Lot Five" is lot 5).
 */
final class LotOfTitle {

    private static final List<String> NUMBERS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");

    private LotOfTitle() {
    }

    /** The lot named in the title, as its number ("5", "3a"), or null when the title names none. */
    static String of(String title) {
        if (title == null) {
            return null;
        }
        // a scan rather than a regular expression: every contract row of a return without a lot column comes here
        String lower = title.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf("lot"); at >= 0; at = lower.indexOf("lot", at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                continue; // "pilot", "allotment"
            }
            String lot = numberAfter(lower, at + 3);
            if (lot != null) {
                return lot;
            }
        }
        return null;
    }

    /** The lot's number after "lot" (and "no." or "number", if written), or null when none follows. */
    private static String numberAfter(String text, int from) {
        int i = spaces(text, from);
        if (i == from && i < text.length() && Character.isLetter(text.charAt(i))) {
            return null; // "lots", "lottery": another word
        }
        if (text.startsWith("number", i)) {
            i = spaces(text, i + "number".length());
        } else if (text.startsWith("no", i) && (text.startsWith("no.", i) || i + 2 < text.length()
                && text.charAt(i + 2) == ' ')) {
            i = spaces(text, text.startsWith("no.", i) ? i + 3 : i + 2);
        }
        int start = i;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        if (i > start) {
            int end = i < text.length() && Character.isLetter(text.charAt(i)) ? i + 1 : i;
            while (start < i - 1 && text.charAt(start) == '0') {
                start++; // "Lot 07" is lot 7
            }
            return isWordEnd(text, end) ? text.substring(start, end) : null;
        }
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        int word = NUMBERS.indexOf(text.substring(start, i));
        return word >= 0 ? Integer.toString(word + 1) : null;
    }

    private static int spaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean isWordEnd(String text, int at) {
        return at >= text.length() || !Character.isLetterOrDigit(text.charAt(at));
    }
}
