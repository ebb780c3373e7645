package uk.gov.bestvalue.returns.report.opendata;

import java.util.Locale;

/**
 * The Transparency Code's question about a contract's procurement route: was it the result of an invitation to quote
 * or of a published invitation to tender? A framework call-off, a waiver or a direct award is neither.
 */
public final class TenderRoute {

    /** What the Code's column says for a tender (open, restricted, competitive procedures). */
    public static final String TENDER = "Published invitation to tender";
    /** What it says for a quotation. */
    public static final String QUOTE = "Invitation to quote";

    private TenderRoute() {
    }

    /** The answer for a procurement route as a return writes it; blank when the route is unknown. */
    public static String of(String route) {
        if (route == null || route.isBlank()) {
            return "";
        }
        String text = route.toLowerCase(Locale.ROOT);
        if (text.contains("waiver") || text.contains("direct award") || text.contains("single tender")
                || text.contains("exemption")) {
            return "Neither: waiver or direct award";
        }
        if (text.contains("framework") || text.contains("call-off") || text.contains("call off")) {
            return "Neither: call-off from a framework agreement";
        }
        if (text.contains("quot") || text.contains("rfq")) {
            return QUOTE;
        }
        if (text.contains("open") || text.contains("restricted") || text.contains("tender")
                || text.contains("competitive") || text.contains("negotiat") || text.contains("innovation")) {
            return TENDER;
        }
        return "Neither: " + route.trim();
    }
}
