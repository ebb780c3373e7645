package uk.gov.bestvalue.returns.report.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A quarter of the council's financial year, which runs from April to March: Q1 is April to June, Q4 January to
 * March; {@code financialYear} is the year the financial year starts in (2015 for 2015/16).
 */
public record Quarter(int financialYear, int number) implements Comparable<Quarter> {

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
    }

    /** The quarter a month falls in. */
    public static Quarter of(YearMonth month) {
        int fromApril = (month.getMonthValue() + 8) % 12;
        return new Quarter(month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1, fromApril / 3 + 1);
    }

    /** The quarter a date falls in. */
    public static Quarter of(LocalDate date) {
        return of(YearMonth.from(date));
    }

    public YearMonth firstMonth() {
        return YearMonth.of(financialYear, 4).plusMonths(3L * (number - 1));
    }

    public YearMonth lastMonth() {
        return firstMonth().plusMonths(2);
    }

    /** As the council writes it, e.g. {@code 2015/16 Q4}. */
    public String label() {
        return financialYear + "/" + String.format("%02d", (financialYear + 1) % 100) + " Q" + number;
    }

    @Override
    public int compareTo(Quarter other) {
        return firstMonth().compareTo(other.firstMonth());
    }

    @Override
    public String toString() {
        return label();
    }
}
