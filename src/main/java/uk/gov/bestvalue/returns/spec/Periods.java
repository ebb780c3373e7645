package uk.gov.bestvalue.returns.spec;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.Parsed;
import uk.gov.bestvalue.returns.workbook.ValueParsers;

/** Reads the month a return is for, from a cover value ("2016-01", "January 2016", a date) or a file name. */
public final class Periods {

    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![0-9])(20[0-9]{2})[-_ .]?(0[1-9]|1[0-2])(?![0-9])");
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)(?<![a-z])(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
                    + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])[-_ .]?((?:20)?[0-9]{2})(?![0-9])");

    private Periods() {
    }

    /** The period a cover cell names. */
    public static Optional<YearMonth> fromCell(CellValue value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Optional<YearMonth> fromText = fromText(value.text());
        if (fromText.isPresent()) {
            return fromText;
        }
        Parsed<LocalDate> date = ValueParsers.date(value);
        return Optional.ofNullable(date.value()).map(YearMonth::from);
    }

    /** The period a file name such as {@code place-procurement-2016-01.xlsx} or {@code Jan-16 return.xlsx} names. */
    public static Optional<YearMonth> fromFileName(String fileName) {
        return fromText(fileName);
    }

    private static Optional<YearMonth> fromText(String text) {
        Matcher ym = YEAR_MONTH.matcher(text);
        if (ym.find()) {
            return Optional.of(YearMonth.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2))));
        }
        Matcher my = MONTH_YEAR.matcher(text);
        if (my.find()) {
            Parsed<LocalDate> date = ValueParsers.date(CellValue.text(my.group(1) + " " + my.group(2)));
            return Optional.ofNullable(date.value()).map(YearMonth::from);
        }
        return Optional.empty();
    }
}
