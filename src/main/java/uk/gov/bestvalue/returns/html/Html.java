package uk.gov.bestvalue.returns.html;

/** Text made safe to put inside HTML: an email's, the monitoring pack's. */
public final class Html {

    private Html() {
    }

    /** Escapes the characters HTML gives a meaning to; null becomes empty. */
    public static String escape(String text) {
        return text == null ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
