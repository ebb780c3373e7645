package uk.gov.bestvalue.returns.notify;

import java.nio.file.Path;

/**
 * A return's workbook written back to its owner with every finding marked on its cell and listed on a
 * {@code Findings} sheet.
 *
 * @param file     where the annotated copy was written
 * @param fileName the name to attach it under, e.g. {@code place-procurement-2016-01-checked.xlsx}
 * @param mimeType the attachment's content type
 * @param listed   findings listed, linked and commented (at most the configured limit)
 * @param total    findings given
 */
public record AnnotatedWorkbook(Path file, String fileName, String mimeType, int listed, int total) {

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String XLS_TYPE = "application/vnd.ms-excel";

    /** True when there were more findings than the limit, so only the first ones are listed. */
    public boolean cut() {
        return listed < total;
    }
}
