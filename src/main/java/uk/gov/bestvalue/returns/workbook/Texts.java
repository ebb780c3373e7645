package uk.gov.bestvalue.returns.workbook;

/** Whitespace handling that also treats non-breaking and zero-width spaces, common in pasted data, as spaces. */
final class Texts {

    private static final int QUOTE_LIMIT = 40;

    private Texts() {
    }

    static boolean isSpace(char c) {
        // printable ASCII, nearly every character read, is decided by the first two comparisons
        return c <= ' ' || c > '\u007F' && isWideSpace(c);
    }

    private static boolean isWideSpace(char c) {
        return c == '\u00A0' || c == '\u200B' || c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!isSpace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Trimmed, with inner runs of spaces collapsed to one ordinary space; the same string when already clean. */
    static String clean(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        boolean clean = true;
        for (int i = start; i < end && clean; i++) {
            char c = s.charAt(i);
            clean = c == ' ' ? !isSpace(s.charAt(i + 1)) : !isSpace(c);
        }
        if (clean) {
            return start == 0 && end == s.length() ? s : s.substring(start, end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        boolean inSpace = false;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                inSpace = true;
            } else {
                if (inSpace) {
                    sb.append(' ');
                    inSpace = false;
                }
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The text quoted for a problem message, shortened when long. */
    static String quote(String s) {
        String cleaned = clean(s);
        if (cleaned.length() > QUOTE_LIMIT) {
            cleaned = cleaned.substring(0, QUOTE_LIMIT - 3) + "...";
        }
        return "'" + cleaned + "'";
    }
}
