package uk.gov.bestvalue.returns.notify;

/** Text made safe to put inside the HTML of an email. */
public final class Html {

    private Html() {
    }

    /** Escapes the characters HTML gives a meaning to; null becomes empty. */
    public static String escape(String text) {
        return text == null ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
