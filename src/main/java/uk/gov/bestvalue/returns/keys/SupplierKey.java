package uk.gov.bestvalue.returns.keys;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The key a supplier is matched on across returns and ledgers: its Companies House number when given,
 * else its name without case, accents, punctuation, "The", "&"/"and" or company suffixes (Ltd, Limited, PLC...).
 */
public final class SupplierKey {

    private static final Set<String> DROPPED = Set.of("the", "ltd", "limited", "plc", "llp", "lp", "co", "company",
            "uk", "inc", "and");

    /** Companies House: up to 8 digits (leading zeros dropped by spreadsheets), or 2 letters and 6 digits. */
    private static final Pattern COMPANY_NUMBER = Pattern.compile("[0-9]{1,8}|[A-Z]{2}[0-9]{6}");

    private SupplierKey() {
    }

    /** "The Acme & Sons Ltd." and "ACME AND SONS LIMITED" both give "name:acme sons". */
    public static String of(String name, String companyNumber) {
        if (companyNumber != null && !companyNumber.isBlank()) {
            String digits = lettersAndDigits(companyNumber);
            // placeholders such as N/A or TBC would merge unrelated suppliers: only real numbers count
            if (COMPANY_NUMBER.matcher(digits).matches()) {
                // Companies House numbers are 8 characters with leading zeros that spreadsheets drop
                return "ch:" + (digits.chars().allMatch(Character::isDigit) && digits.length() < 8
                        ? "0".repeat(8 - digits.length()) + digits : digits);
            }
        }
        String normalised = name == null ? "" : normalisedName(name);
        // a name with no letter or digit (a redacted "*****") identifies no supplier: it must not match another such
        return normalised.isEmpty() ? null : "name:" + normalised;
    }

    /** A number's letters (in capitals) and digits, without its spaces and punctuation: a scan, as every row asks. */
    private static String lettersAndDigits(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
                kept.append(c);
            } else if (c >= 'a' && c <= 'z') {
                kept.append((char) (c - 'a' + 'A'));
            }
        }
        return kept.toString();
    }

    /**
     * The supplier's name reduced to the words that identify it; a name made only of the words dropped elsewhere
     * ("@UK Plc") keeps them all, so that it is not keyed as nothing; empty for a name with no letter or digit.
     */
    public static String normalisedName(String name) {
        // a scan rather than a regular expression: reconciliation keys every line of a ledger of millions
        String lower = KeyText.folded(name).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(lower.length());
        StringBuilder every = new StringBuilder(lower.length());
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            char c = i < lower.length() ? lower.charAt(i) : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                start = start < 0 ? i : start;
            } else if (start >= 0) {
                String word = lower.substring(start, i);
                every.append(every.length() == 0 ? "" : " ").append(word);
                if (!DROPPED.contains(word)) {
                    key.append(key.length() == 0 ? "" : " ").append(word);
                }
                start = -1;
            }
        }
        return key.length() > 0 ? key.toString() : every.toString();
    }
}
