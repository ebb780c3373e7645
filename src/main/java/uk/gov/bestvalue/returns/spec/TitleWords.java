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

    /** A byte-order mark's UTF-8 bytes read as Latin-1 text. */
    private static final String BOM_AS_LATIN_1 = "\u00EF\u00BB\u00BF";
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
        // by hand rather than by regular expressions: every alias of every field is read this way when a check
        // starts, and the patterns cost more than the rest of the check of a small return
        String text = withoutByteOrderMarks(title.strip());
        if (text.indexOf('(') >= 0 || text.indexOf('[') >= 0) {
            String outside = withoutBrackets(text);
            if (!outside.isBlank() && hasLetter(outside)) {
                text = outside; // "Value (£)", "Supplier (redacted)": the note is not the name
            }
        }
        text = camelCaseSplit(text).toLowerCase(Locale.ROOT);
        if (text.contains("vat")) {
            text = NET_OF_VAT.matcher(text).replaceAll(" net ");
        }
        Set<String> words = new LinkedHashSet<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            while (i < length && !isWordCodePoint(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            int start = i;
            while (i < length && isWordCodePoint(text.codePointAt(i))) {
                i += Character.charCount(text.codePointAt(i));
            }
            String word = start < i ? word(text.substring(start, i)) : null;
            if (word != null) {
                words.add(word);
            }
        }
        return new ArrayList<>(words);
    }

    /** A title's raw word (lower case) as it is compared: spelled out and singular; null for a filler word. */
    static String word(String raw) {
        return FILLER.contains(raw) ? null : singular(spelledOut(raw));
    }

    /** A byte-order mark at the start, as a character or as its UTF-8 bytes read as Latin-1, any number of times. */
    private static String withoutByteOrderMarks(String text) {
        int start = 0;
        while (true) {
            if (text.startsWith("\uFEFF", start)) {
                start += 1;
            } else if (text.startsWith(BOM_AS_LATIN_1, start)) {
                start += BOM_AS_LATIN_1.length();
            } else {
                return text.substring(start);
            }
        }
    }

    /** Each bracketed note, from an opening bracket to the first closing one after it, as one space. */
    private static String withoutBrackets(String text) {
        StringBuilder outside = new StringBuilder(text.length());
        int from = 0;
        int open = firstOf(text, '(', '[', from);
        while (open >= 0) {
            int close = firstOf(text, ')', ']', open + 1);
            if (close < 0) {
                break;
            }
            outside.append(text, from, open).append(' ');
            from = close + 1;
            open = firstOf(text, '(', '[', from);
        }
        return outside.append(text, from, text.length()).toString();
    }

    private static int firstOf(String text, char one, char other, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == one || c == other) {
                return i;
            }
        }
        return -1;
    }

    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** "SupplierName" as "Supplier Name", "VATNumber" as "VAT Number": a space where a word starts in camel case. */
    private static String camelCaseSplit(String text) {
        StringBuilder split = null;
        for (int i = 1; i < text.length(); i++) {
            char before = text.charAt(i - 1);
            char c = text.charAt(i);
            boolean starts = isAsciiUpper(c) && (isAsciiLower(before)
                    || isAsciiUpper(before) && i + 1 < text.length() && isAsciiLower(text.charAt(i + 1)));
            if (starts) {
                if (split == null) {
                    split = new StringBuilder(text.length() + 8).append(text, 0, i);
                }
                split.append(' ');
            }
            if (split != null) {
                split.append(c);
            }
        }
        return split == null ? text : split.toString();
    }

    private static boolean isAsciiUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isAsciiLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    /** A letter or a number of any script: what a title's words are made of. */
    private static boolean isWordCodePoint(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
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
