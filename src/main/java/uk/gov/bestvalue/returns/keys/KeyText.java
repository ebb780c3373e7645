package uk.gov.bestvalue.returns.keys;

import java.text.Normalizer;

/**
 * Text as the matching keys read it: Latin letters without their accents ("Hallé" is "Halle"), ligatures and sharp s
 * spelt out ("Æ" is "AE", "ß" is "ss"), compatibility forms made plain (full-width letters, "ﬁ") and curly
 * apostrophes made straight. A finance system often writes a supplier's name without the accents its contracts
 * register gives it, and a key that dropped the accented letter ("Hall Concerts Society") matched neither.
 */
public final class KeyText {

    private KeyText() {
    }

    /** The text folded as above; plain ASCII, nearly every name, is returned as it is. */
    public static String folded(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) < 0x80) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        // apostrophes first: a spacing acute accent would otherwise decompose into a space and a mark
        String decomposed = Normalizer.normalize(straightApostrophes(text), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int j = 0; j < decomposed.length(); j++) {
            char c = decomposed.charAt(j);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'ß' -> folded.append("ss");
                case 'æ' -> folded.append("ae");
                case 'Æ' -> folded.append("AE");
                case 'œ' -> folded.append("oe");
                case 'Œ' -> folded.append("OE");
                case 'ø' -> folded.append('o');
                case 'Ø' -> folded.append('O');
                case 'ł' -> folded.append('l');
                case 'Ł' -> folded.append('L');
                case 'đ', 'ð' -> folded.append('d');
                case 'Đ', 'Ð' -> folded.append('D');
                case 'þ' -> folded.append("th");
                case 'Þ' -> folded.append("Th");
                case 'ı' -> folded.append('i');
                default -> folded.append(c);
            }
        }
        return folded.toString();
    }

    /** Left and right single quotes, the modifier apostrophe, the acute accent and the prime as {@code '}. */
    private static String straightApostrophes(String text) {
        StringBuilder straight = new StringBuilder(text);
        for (int i = 0; i < straight.length(); i++) {
            switch (straight.charAt(i)) {
                case '\u2018', '\u2019', '\u02BC', '\u00B4', '\u2032' -> straight.setCharAt(i, '\'');
                default -> {
                    // kept
                }
            }
        }
        return straight.toString();
    }
}
