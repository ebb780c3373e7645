package uk.gov.bestvalue.returns.workbook;

import java.io.EOFException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;

/**
 * Reasons a person reads, made from whatever was thrown: never a class name nor a stack trace, but what happened to
 * the file in plain words (encrypted, damaged, not a spreadsheet, strict OOXML...) and what its owner can do.
 */
public final class PlainReasons {

    // a qualified class name such as org.apache.poi.util.RecordFormatException, with its colon
    private static final Pattern CLASS_NAME = Pattern.compile(
            "\\b(?:[a-z_$][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error|Throwable)\\b:?\\s*");
    private static final Pattern BARE_CLASS_NAME = Pattern.compile("\\b[A-Z]\\w*(?:Exception|Error)\\b:?\\s*");
    private static final Pattern STACK_LINE = Pattern.compile("(?m)^\\s*(?:at |Caused by:|\\.\\.\\. \\d+ more).*$");
    private static final int MAX_LENGTH = 600;

    static final String DAMAGED = "The file is damaged or was not completely copied. Open it in Excel, save it again "
            + "and send it again.";
    static final String STRICT = "The workbook is saved as 'Strict Open XML Spreadsheet', which cannot be read. "
            + "Open it in Excel, save it as an Excel Workbook (.xlsx) and send it again.";
    static final String MEMORY = "The file could not be read: it needs more memory than the pipeline can give one "
            + "file. Copy the return's rows into a new workbook (values only), or split it, and send it again.";

    private PlainReasons() {
    }

    /** What went wrong with a file, in plain words, whatever was thrown. */
    public static String of(Throwable thrown) {
        String known = known(thrown);
        if (known != null) {
            return known;
        }
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ZipException || t instanceof EOFException || t instanceof XMLStreamException
                    || t.getClass().getName().startsWith("org.apache.poi")) {
                return DAMAGED;
            }
        }
        String message = clean(thrown.getMessage());
        return message.isEmpty() ? DAMAGED : message;
    }

    /** The reason for a failure of a kind known to have its own words (encrypted, strict...), or null. */
    static String known(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof UnreadableWorkbookException e) {
                return e.getMessage();
            }
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("strict ooxml")) {
                return STRICT;
            }
            if (name.endsWith("EncryptedDocumentException") || message.contains("password")) {
                return UnreadableWorkbookException.encrypted().getMessage();
            }
            if (name.endsWith("NotOfficeXmlFileException") || name.endsWith("OfficeXmlFileException")
                    || name.endsWith("NotOLE2FileException")) {
                return "The file is not a spreadsheet, or not one of a kind that can be read. Open the data in Excel, "
                        + "save it as .xlsx and send it again.";
            }
            if (t instanceof OutOfMemoryError || t instanceof StackOverflowError) {
                return MEMORY;
            }
            if (t instanceof AccessDeniedException) {
                return "The file could not be opened: the pipeline is not allowed to read it. Send it again.";
            }
            if (t instanceof NoSuchFileException) {
                return "The file disappeared while it was being read. Send it again.";
            }
        }
        return null;
    }

    /** A message without class names, stack trace lines or line breaks, and not longer than a short paragraph. */
    public static String clean(String message) {
        if (message == null) {
            return "";
        }
        String text = STACK_LINE.matcher(message).replaceAll(" ");
        text = CLASS_NAME.matcher(text).replaceAll("");
        text = BARE_CLASS_NAME.matcher(text).replaceAll("");
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) + "..." : text;
    }
}
