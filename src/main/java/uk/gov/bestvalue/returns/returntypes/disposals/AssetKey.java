package uk.gov.bestvalue.returns.returntypes.disposals;

import java.math.BigDecimal;
import java.util.Locale;

import uk.gov.bestvalue.returns.keys.KeyText;

/**
 * The key an asset is matched on across returns: its UPRN (up to 12 digits) when the return gives one, else
 * {@code name:} and its property name in lower-case words without accents, then {@code |} and its postcode without
 * spaces.
 */
public final class AssetKey {

    private static final int UPRN_MAX_DIGITS = 12;

    private AssetKey() {
    }

    /** "100023336956", or "name:former ailsa street depot|e140ll"; null when nothing identifies the asset. */
    public static String of(String uprn, String propertyName, String postcode) {
        String digits = uprnDigits(uprn);
        if (digits != null) {
            return digits;
        }
        if (propertyName == null) {
            return null;
        }
        // accents folded ("Tŷ Penallta" is "ty penallta"): the same property written with and without them matches
        String name = String.join(" ", KeyText.folded(propertyName).toLowerCase(Locale.ROOT).replace("&", " and ")
                .split("[^a-z0-9]+")).trim();
        if (name.isEmpty()) {
            // blank, or no letter or digit ("-"): a postcode alone is many properties, so nothing identifies it
            return null;
        }
        String code = postcode == null ? "" : postcode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "name:" + name + (code.isEmpty() ? "" : "|" + code);
    }

    /** The UPRN as its digits without leading zeros, or null when the value is not a UPRN (e.g. an internal asset id). */
    static String uprnDigits(String uprn) {
        if (uprn == null) {
            return null;
        }
        String compact = uprn.replaceAll("\\s", "");
        if (compact.matches("\\d+(\\.\\d+)?[eE]\\+?\\d+")) {
            // a spreadsheet that showed the UPRN as 1.00023E+11 and was saved as text
            compact = new BigDecimal(compact).toPlainString();
        }
        if (!compact.matches("\\d{1," + UPRN_MAX_DIGITS + "}")) {
            return null;
        }
        String digits = compact.replaceFirst("^0+(?=\\d)", "");
        return digits.equals("0") ? null : digits;
    }
}
