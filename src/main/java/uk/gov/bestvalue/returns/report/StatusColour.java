package uk.gov.bestvalue.returns.report;

import java.util.Locale;

/** The colour a status word is shown in (always with the word itself): RAG statuses and the grid's states. */
enum StatusColour {
    GREEN("C6EFCE", "006100"), AMBER("FFEB9C", "7A4500"), RED("FFC7CE", "9C0006"), GREY("EDEDED", "505050"),
    NONE("FFFFFF", "000000");

    final String fill;
    final String text;

    StatusColour(String fill, String text) {
        this.fill = fill;
        this.text = text;
    }

    static StatusColour of(Object status) {
        if (status == null) {
            return NONE;
        }
        return switch (status.toString().toLowerCase(Locale.ROOT)) {
            case "green", MonthSubmissions.RECEIVED -> GREEN;
            case "amber", MonthSubmissions.WITH_FINDINGS, MonthSubmissions.NOT_DUE -> AMBER;
            case "red", MonthSubmissions.REJECTED, MonthSubmissions.MISSING -> RED;
            case MonthSubmissions.NOT_OWED -> GREY;
            default -> NONE;
        };
    }
}
