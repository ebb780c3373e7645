package uk.gov.bestvalue.returns.spec;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column title as the words a person reads in it: "ï»¿SupplierName", "Supplier name (redacted)" and
 * "SUPPLIER_NAME" are all {@code [supplier, name]}.
 *
 * <p>Dropped: a byte-order mark read as text, notes and units in brackets, currency signs, punctuation and filler
 * words. Abbreviations are spelled out ("No" is "number", "Ref" is "reference") and plurals made singular;
 * "excluding VAT" and its spellings read as "net".
 */
public final class TitleWords {

    private static final Pattern BOM = Pattern.compile("^(\uFEFF|ï»¿|\u00EF\u00BB\u00BF)+");
    private static final Pattern BRACKETS = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
    private static final Pattern NET_OF_VAT = Pattern.compile(
            "\\b(excl(uding|\\.)?|exc\\.?|ex|net of|less|before|without)\\s*(of\\s+)?vat\\b");
    private static final Set<String> FILLER = Set.of("of", "the", "a", "an", "to", "for", "in", "on", "by", "and",
            "or", "is", "if", "any", "our", "per", "gbp", "y", "n", "yn");
    private static final Map<String, String> SPELLED_OUT = Map.ofEntries(
            Map.entry("no", "number"), Map.entry("num", "number"), Map.entry("nbr", "number"),
            Map.entry("nr", "number"), Map.entry("ref", "reference"), Map.entry("refs", "reference"),
            Map.entry("trans", "transaction"), Map.entry("txn", "transaction"), Map.entry("dept", "department"),
            Map.entry("org", "organisation"), Map.entry("organization", "organisation"),
            Map.entry("amt", "amount"), Map.entry("desc", "description"),
            Map.entry("registered", "registration"), Map.entry("ccy", "currency"), Map.entry("dt", "date"),
            Map.entry("val", "value"), Map.entry("identifier", "id"), Map.entry("exp", "expenditure"),
            Map.entry("expense", "expenditure"), Map.entry("yr", "year"), Map.entry("annum", "year"),
            Map.entry("annual", "year"), Map.entry("yearly", "year"), Map.entry("doi", "declaration"),
            Map.entry("subj", "subjective"), Map.entry("reg", "registration"));

    private TitleWords() {
    }

    /** The title's words, in order, without repeats. */
    public static List<String> of(String title) {
        if (title == null) {
            return List.of();
        }
        String text = BOM.matcher(title.strip()).replaceFirst("");
        String outside = BRACKETS.matcher(text).replaceAll(" ");
        if (!outside.isBlank() && outside.chars().anyMatch(Character::isLetter)) {
            text = outside; // "Value (£)", "Supplier (redacted)": the note is not the name
        }
        text = CAMEL.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
        text = NET_OF_VAT.matcher(text).replaceAll(" net ");
        Set<String> words = new LinkedHashSet<>();
        for (String raw : text.split("[^\\p{L}\\p{N}]+")) {
            if (raw.isEmpty() || FILLER.contains(raw)) {
                continue;
            }
            words.add(singular(spelledOut(raw)));
        }
        return new ArrayList<>(words);
    }

    /** The title's words with a field's synonyms replaced by the word they stand for. */
    public static List<String> of(String title, Map<String, String> synonyms) {
        return withSynonyms(of(title), synonyms);
    }

    /** A title's words (as {@link #of(String)} gives them) with a field's synonyms replaced by their word. */
    public static List<String> withSynonyms(List<String> words, Map<String, String> synonyms) {
        if (synonyms.isEmpty()) {
            return words;
        }
        Set<String> mapped = new LinkedHashSet<>();
        for (String word : words) {
            mapped.add(synonyms.getOrDefault(word, word));
        }
        return new ArrayList<>(mapped);
    }

    /** "ref" is "reference", and a plural is spelled out as its singular is: "Expenses Type" is "Expense Type". */
    private static String spelledOut(String word) {
        String spelled = SPELLED_OUT.get(word);
        return spelled != null ? spelled : SPELLED_OUT.getOrDefault(singular(word), word);
    }

    private static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
