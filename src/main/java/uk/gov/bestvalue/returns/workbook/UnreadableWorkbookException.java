package uk.gov.bestvalue.returns.workbook;

import java.io.IOException;
import java.util.Locale;

/** The file cannot be read as a spreadsheet; the message tells its owner what to do, in plain English. */
public class UnreadableWorkbookException extends IOException {

    private static final long serialVersionUID = 1L;
    private static final double MB = 1024.0 * 1024.0;

    /** Why the file cannot be read. */
    public enum Reason { EMPTY, TOO_LARGE, ENCRYPTED, CORRUPT, NOT_A_SPREADSHEET }

    private final Reason reason;

    public UnreadableWorkbookException(Reason reason, String message) {
        // whatever detail a caller passed in, a reason never shows a class name or a stack trace
        super(PlainReasons.clean(message));
        this.reason = reason;
    }

    public UnreadableWorkbookException(Reason reason, String message, Throwable cause) {
        super(PlainReasons.clean(message), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static UnreadableWorkbookException empty() {
        return new UnreadableWorkbookException(Reason.EMPTY,
                "The file is empty (0 bytes), so it has nothing to read. "
                        + "Check you attached the right file and send it again.");
    }

    static UnreadableWorkbookException tooLarge(long size, long limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "The file is %s MB, which is more than the %s MB limit. Delete unused sheets, pictures and blank "
                        + "formatted rows, or split it into smaller files, and send it again.",
                megabytes(size, true), megabytes(limit, false)));
    }

    static UnreadableWorkbookException tooManyStrings(int counted) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "The workbook holds more distinct pieces of text than can be read safely (over %,d before reading "
                        + "stopped). Copy the return's rows into a new workbook (values only), or split it, and send "
                        + "it again.", counted));
    }

    static UnreadableWorkbookException tooManySharedStrings(String count, int limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "The workbook holds %s shared strings (distinct pieces of text); the limit is %,d. Save it again "
                        + "from Excel (values only), or split it, and send it again.", count, limit));
    }

    static UnreadableWorkbookException unpacksTooLarge(String size, long limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "The workbook unpacks to %s MB of data; the limit is %s MB. Delete unused sheets and blank formatted "
                        + "rows, or split it into smaller files, and send it again.", size, megabytes(limit, false)));
    }

    static UnreadableWorkbookException unpacksTooLarge(long size, long limit) {
        return unpacksTooLarge(megabytes(size, true), limit);
    }

    static UnreadableWorkbookException inflateRatio(String part, long ratio, int limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "The part %s of the workbook unpacks to %,d times its packed size; the limit is %,d times (a file "
                        + "built this way is a 'zip bomb'). Open it in Excel, save it again and send it again.",
                part, ratio, limit));
    }

    static UnreadableWorkbookException tooManySheets(int count, int limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "The workbook has %,d sheets; the limit is %,d. Keep the return's sheets only and send it again.",
                count, limit));
    }

    static UnreadableWorkbookException tooManyCells(String sheet, int row, int count, int limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "Row %d of sheet '%s' holds %,d cells; the limit is %,d. Delete the unused columns and send it again.",
                row, sheet, count, limit));
    }

    static UnreadableWorkbookException cellTooLong(String where, int length, int limit) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE, String.format(Locale.UK,
                "%s holds %,d characters; the limit is %,d. Shorten it and send the file again.",
                where, length, limit));
    }

    static UnreadableWorkbookException encrypted() {
        return new UnreadableWorkbookException(Reason.ENCRYPTED,
                "The workbook is protected with a password, so it cannot be read. Remove the password "
                        + "(File > Info > Protect Workbook) and send it again.");
    }

    static UnreadableWorkbookException corrupt(String detail, Throwable cause) {
        return new UnreadableWorkbookException(Reason.CORRUPT, "The file is damaged or was not completely copied ("
                + detail + "). Open it in Excel, save it again and resend it.", cause);
    }

    static UnreadableWorkbookException notASpreadsheet(String what) {
        return new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, "The file is " + what
                + ", not a spreadsheet. Open the data in Excel, save it as .xlsx, .xls or .csv and send it again.");
    }

    static UnreadableWorkbookException unsupportedExcel(String what) {
        return new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET, "The file is " + what
                + ", which cannot be read. Open it in Excel, save it as .xlsx and send it again.");
    }

    static UnreadableWorkbookException unopenable(String detail, Throwable cause) {
        return new UnreadableWorkbookException(Reason.CORRUPT,
                "The file could not be opened (" + detail + "). Send it again.", cause);
    }

    /** A failure part way through reading, described for a person unless it already is. */
    static UnreadableWorkbookException whileReading(String where, Throwable e) {
        if (e instanceof UnreadableWorkbookException u) {
            return u;
        }
        String known = PlainReasons.known(e);
        if (known != null) {
            // encrypted, strict, not a spreadsheet...: said as such
            return new UnreadableWorkbookException(Reason.CORRUPT, known, e);
        }
        String detail = e.getMessage() == null ? "" : e.getMessage();
        // the XML parser's messages start with a position line; the sentence after "Message:" is the useful part
        int sentence = detail.indexOf("Message: ");
        detail = PlainReasons.clean(sentence >= 0 ? detail.substring(sentence + 9) : detail);
        if (detail.length() > 200) {
            detail = detail.substring(0, 200) + "...";
        }
        return corrupt(detail.isEmpty() ? where : where + ": " + detail, e);
    }

    /** Sizes are rounded up to 0.1 MB so that a file just over the limit never looks equal to it. */
    private static String megabytes(long bytes, boolean roundUp) {
        double tenths = bytes / MB * 10;
        long rounded = roundUp ? (long) Math.ceil(tenths) : Math.round(tenths);
        return rounded % 10 == 0 ? String.format(Locale.UK, "%,d", rounded / 10)
                : String.format(Locale.UK, "%,.1f", rounded / 10.0);
    }
}
