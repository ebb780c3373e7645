package uk.gov.bestvalue.returns.returntypes.grants;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.bestvalue.returns.keys.KeyText;

/**
 * The key a grant recipient is matched on across returns and ledgers: {@code chc:<charity number>}, else
 * {@code coh:<8-character company number>}, else the same read from a 360Giving org id
 * ({@code GB-CHC-1234567}, {@code GB-COH-01234567}), else {@code name:<normalised name>}.
 */
public final class RecipientKey {

    private static final Pattern ORG_ID = Pattern.compile("(?i)^\\s*GB-(CHC|COH)-([A-Z0-9]+)\\s*$");
    private static final Set<String> DROPPED = Set.of("the", "ltd", "limited", "plc", "llp", "cic", "cio", "and",
            "co", "uk", "inc");

    private RecipientKey() {
    }

    /** The recipient's key, or null when the row names no recipient at all. */
    public static String of(String name, String charityNumber, String companyNumber, String orgId) {
        String charity = charity(charityNumber);
        if (charity != null) {
            return "chc:" + charity;
        }
        String company = company(companyNumber);
        if (company != null) {
            return "coh:" + company;
        }
        Matcher id = orgId == null ? null : ORG_ID.matcher(orgId);
        if (id != null && id.matches()) {
            return id.group(1).equalsIgnoreCase("CHC") ? "chc:" + charity(id.group(2)) : "coh:" + company(id.group(2));
        }
        String normalised = name == null ? "" : normalisedName(name);
        return normalised.isEmpty() ? null : "name:" + normalised;
    }

    /** Whether a 360Giving org id is a Charity Commission or Companies House one. */
    public static boolean isRegisteredOrgId(String orgId) {
        return orgId != null && ORG_ID.matcher(orgId).matches();
    }

    /** A registered charity number: letters and digits only ("1 098 765" is 1098765), or null. */
    static String charity(String number) {
        String cleaned = cleaned(number);
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A Companies House number with the leading zeros spreadsheets drop put back, or null. */
    static String company(String number) {
        String cleaned = cleaned(number);
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.chars().allMatch(Character::isDigit) && cleaned.length() < 8
                ? "0".repeat(8 - cleaned.length()) + cleaned : cleaned;
    }

    /** The name without case, accents, punctuation, "The", "&"/"and" or legal-form words (Ltd, CIC...). */
    public static String normalisedName(String name) {
        String[] words = KeyText.folded(name).toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "")
                .split("[^a-z0-9]+");
        StringBuilder key = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && !DROPPED.contains(word)) {
                key.append(key.length() == 0 ? "" : " ").append(word);
            }
        }
        return key.toString();
    }

    private static String cleaned(String number) {
        return number == null ? "" : number.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
