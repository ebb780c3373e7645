package uk.gov.bestvalue.returns.report.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

/** The council's financial quarters: April to June is Q1, January to March Q4 of the year before's. */
class QuarterTests {

    @Test
    void januaryIsTheFourthQuarterOfTheYearThatStartedTheAprilBefore() {
        Quarter q = Quarter.of(YearMonth.of(2016, 1));

        assertThat(q).isEqualTo(new Quarter(2015, 4));
        assertThat(q.label()).isEqualTo("2015/16 Q4");
        assertThat(q.firstMonth()).isEqualTo(YearMonth.of(2016, 1));
        assertThat(q.lastMonth()).isEqualTo(YearMonth.of(2016, 3));
    }

    @Test
    void eachMonthFallsInItsQuarter() {
        assertThat(Quarter.of(LocalDate.of(2016, 3, 31))).isEqualTo(new Quarter(2015, 4));
        assertThat(Quarter.of(LocalDate.of(2016, 4, 1))).isEqualTo(new Quarter(2016, 1));
        assertThat(Quarter.of(LocalDate.of(2016, 6, 30)).label()).isEqualTo("2016/17 Q1");
        assertThat(Quarter.of(LocalDate.of(2016, 7, 1)).label()).isEqualTo("2016/17 Q2");
        assertThat(Quarter.of(LocalDate.of(2016, 12, 31)).label()).isEqualTo("2016/17 Q3");
        assertThat(Quarter.of(LocalDate.of(2099, 2, 1)).label()).isEqualTo("2098/99 Q4");
        assertThat(new Quarter(2017, 2).compareTo(new Quarter(2016, 4))).isPositive();
    }
}
