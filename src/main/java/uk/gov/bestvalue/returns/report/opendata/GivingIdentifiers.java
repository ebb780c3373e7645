package uk.gov.bestvalue.returns.report.opendata;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.bestvalue.returns.returntypes.grants.RecipientKey;

/**
 * The 360Giving identifier rules: a grant is {@code 360G-<publisher prefix>-<reference>}; an organisation is named by
 * its register (org-id.guide): a charity number gives {@code GB-CHC-} (Scottish {@code GB-SC-}, Northern Irish
 * {@code GB-NIC-}), preferred to a company number's {@code GB-COH-} (8 characters, leading zeros restored); an
 * organisation on no register gets the publisher's own {@code 360G-<prefix>-ORG-<its normalised name>}, stable from
 * one publication to the next.
 */
public final class GivingIdentifiers {

    private static final Pattern ORG_ID = Pattern.compile("^([A-Za-z]{2})-([A-Za-z0-9]+)-(\\S+)$");
    private static final String GIVING = "360G-";

    private GivingIdentifiers() {
    }

    /** The publisher prefix as 360Giving issues it: {@code LBX} becomes {@code 360G-LBX}; no trailing dash. */
    public static String publisherPrefix(String configured) {
        String prefix = configured.trim().replaceAll("-+$", "");
        if (prefix.isEmpty() || prefix.equalsIgnoreCase("360G")) {
            throw new IllegalArgumentException(
                    "The 360Giving publisher prefix is not set (pipeline.open-data.publisher-prefix)");
        }
        return startsWithGiving(prefix) ? prefix : GIVING + prefix;
    }

    /** The grant's identifier; a reference already a 360Giving identifier (a grants system's export) is kept. */
    public static String grantId(String publisherPrefix, String reference) {
        String cleaned = reference.trim().replaceAll("\\s+", "-");
        return startsWithGiving(cleaned) ? cleaned : publisherPrefix(publisherPrefix) + "-" + cleaned;
    }

    /**
     * The recipient's identifier: the org id the return gave when it is on a register, else from its charity number,
     * else its company number, else the org id the return gave under a 360G prefix, else one made from its name.
     */
    public static String recipientOrgId(String publisherPrefix, String name, String charityNumber, String companyNumber,
                                        String orgId) {
        String given = orgId == null ? "" : orgId.trim();
        Matcher registered = ORG_ID.matcher(given);
        if (registered.matches() && !startsWithGiving(given)) {
            String scheme = (registered.group(1) + "-" + registered.group(2)).toUpperCase(Locale.ROOT);
            return switch (scheme) {
                case "GB-COH" -> scheme + "-" + companyNumber(registered.group(3), null);
                case "GB-CHC", "GB-SC", "GB-NIC" -> scheme + "-" + cleaned(registered.group(3));
                default -> scheme + "-" + registered.group(3);
            };
        }
        String charity = charityNumber(charityNumber, null);
        if (charity != null) {
            return charityOrgId(charity);
        }
        String company = companyNumber(companyNumber, null);
        if (company != null) {
            return "GB-COH-" + company;
        }
        if (startsWithGiving(given)) {
            return given;
        }
        String slug = RecipientKey.normalisedName(name == null ? "" : name).replace(' ', '-');
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("A recipient without a name or a number cannot be identified");
        }
        return publisherPrefix(publisherPrefix) + "-ORG-" + slug;
    }

    /** A charity number (letters and digits only: "1091 233" is 1091233), else the one in a GB-CHC/SC/NIC org id. */
    public static String charityNumber(String number, String orgId) {
        String cleaned = cleaned(number);
        if (!cleaned.isEmpty()) {
            return cleaned;
        }
        Matcher id = ORG_ID.matcher(orgId == null ? "" : orgId.trim());
        if (id.matches() && id.group(1).equalsIgnoreCase("GB")
                && id.group(2).toUpperCase(Locale.ROOT).matches("CHC|SC|NIC")) {
            return cleaned(id.group(3));
        }
        return null;
    }

    /** A Companies House number with the leading zeros spreadsheets drop put back, else the one in a GB-COH org id. */
    public static String companyNumber(String number, String orgId) {
        String cleaned = cleaned(number);
        if (cleaned.isEmpty()) {
            Matcher id = ORG_ID.matcher(orgId == null ? "" : orgId.trim());
            if (!id.matches() || !id.group(1).equalsIgnoreCase("GB") || !id.group(2).equalsIgnoreCase("COH")) {
                return null;
            }
            cleaned = cleaned(id.group(3));
        }
        return cleaned.chars().allMatch(Character::isDigit) && cleaned.length() < 8
                ? "0".repeat(8 - cleaned.length()) + cleaned : cleaned;
    }

    private static String charityOrgId(String charity) {
        if (charity.startsWith("SC")) {
            return "GB-SC-" + charity;
        }
        if (charity.startsWith("NIC")) {
            return "GB-NIC-" + charity.substring(3);
        }
        return "GB-CHC-" + charity;
    }

    private static boolean startsWithGiving(String text) {
        return text.regionMatches(true, 0, GIVING, 0, GIVING.length());
    }

    private static String cleaned(String number) {
        return number == null ? "" : number.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
