package uk.gov.bestvalue.returns.report;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.gov.bestvalue.returns.report.Table.Kind;

/** The workbook's cell styles, each made once: titles, headers, and a style per kind of cell, total and status. */
final class PackStyles {

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> styles = new HashMap<>();

    PackStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
    }

    XSSFCellStyle title() {
        return styles.computeIfAbsent("title", k -> text(font(16, true, "0B0C0C"), false));
    }

    XSSFCellStyle subtitle() {
        return styles.computeIfAbsent("subtitle", k -> text(font(11, false, "505A5F"), false));
    }

    XSSFCellStyle heading() {
        return styles.computeIfAbsent("heading", k -> text(font(12, true, "1D70B8"), false));
    }

    XSSFCellStyle note() {
        return styles.computeIfAbsent("note", k -> {
            XSSFCellStyle style = text(font(9, false, "505A5F"), false);
            style.setVerticalAlignment(VerticalAlignment.TOP);
            return style;
        });
    }

    XSSFCellStyle header() {
        return styles.computeIfAbsent("header", k -> {
            XSSFCellStyle style = text(font(10, true, "FFFFFF"), true);
            fill(style, "1D3B5C");
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        });
    }

    /** A data cell of a column's kind, bold on a total row, filled by its status in a status column. */
    XSSFCellStyle cell(Kind kind, boolean total, Object value) {
        StatusColour colour = kind == Kind.STATUS ? StatusColour.of(value) : StatusColour.NONE;
        return styles.computeIfAbsent(kind + "|" + total + "|" + colour, k -> {
            XSSFCellStyle style = text(font(10, total || colour != StatusColour.NONE, colour.text), false);
            switch (kind) {
                case COUNT -> style.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
                case MONEY -> style.setDataFormat(workbook.createDataFormat().getFormat("£#,##0"));
                case SHARE -> style.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
                case STATUS -> style.setAlignment(HorizontalAlignment.CENTER);
                case LONG_TEXT -> {
                    style.setWrapText(true);
                    style.setVerticalAlignment(VerticalAlignment.TOP);
                }
                default -> { }
            }
            if (colour != StatusColour.NONE) {
                fill(style, colour.fill);
            } else if (total) {
                fill(style, "F3F2F1");
            }
            style.setBorderBottom(BorderStyle.THIN);
            style.setBottomBorderColor(color("B1B4B6"));
            if (total) {
                style.setBorderTop(BorderStyle.MEDIUM);
            }
            return style;
        });
    }

    private XSSFCellStyle text(XSSFFont font, boolean wrap) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setWrapText(wrap);
        return style;
    }

    private XSSFFont font(int points, boolean bold, String rgb) {
        XSSFFont font = workbook.createFont();
        font.setFontName("Arial");
        font.setFontHeightInPoints((short) points);
        font.setBold(bold);
        font.setColor(color(rgb));
        return font;
    }

    private static void fill(XSSFCellStyle style, String rgb) {
        style.setFillForegroundColor(color(rgb));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    static XSSFColor color(String rgb) {
        return new XSSFColor(HexFormat.of().parseHex(rgb));
    }
}
