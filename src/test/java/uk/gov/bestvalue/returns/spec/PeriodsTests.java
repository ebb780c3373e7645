package uk.gov.bestvalue.returns.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.bestvalue.returns.workbook.CellValue;

/** The month a return is for, from its cover or its file name. */
class PeriodsTests {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "2016-01|2016-01",
        "2016-1-15|2016-01",
        "2016_02|2016-02",
        "201603|2016-03",
        "2016 12|2016-12",
        "January 2016|2016-01",
        "january 2016|2016-01",
        "Jan-16|2016-01",
        "Jan 2016|2016-01",
        "Sept 2016|2016-09",
        "Period: February 2016|2016-02",
        "01/04/2016|2016-04",
        "2016-04-01|2016-04"})
    void readsAPeriodWrittenAsText(String text, String expected) {
        // given a cover cell holding text

        // when
        Optional<YearMonth> period = Periods.fromCell(CellValue.text(text));

        // then
        assertThat(period).contains(YearMonth.parse(expected));
    }

    @Test
    void readsARealDateCell() {
        // given
        CellValue date = CellValue.date(LocalDateTime.of(2016, 1, 1, 0, 0), 42370);

        // when
        Optional<YearMonth> period = Periods.fromCell(date);

        // then
        assertThat(period).contains(YearMonth.of(2016, 1));
    }

    @Test
    void readsADateLeftAsAnExcelSerialNumber() {
        // given 42384 is 15/01/2016
        CellValue serial = CellValue.number(42384, "42384");

        // when
        Optional<YearMonth> period = Periods.fromCell(serial);

        // then
        assertThat(period).contains(YearMonth.of(2016, 1));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "TBC", "this month", "2016-13", "Q4 2015/16"})
    void saysNothingWhenTheCellNamesNoMonth(String text) {
        // given / when
        Optional<YearMonth> period = Periods.fromCell(CellValue.text(text));

        // then
        assertThat(period).isEmpty();
    }

    @Test
    void saysNothingForNoCellOrABlankOne() {
        // given / when / then
        assertThat(Periods.fromCell(null)).isEmpty();
        assertThat(Periods.fromCell(CellValue.BLANK)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "place-procurement-2016-01.xlsx|2016-01",
        "childrens_procurement_2016_02.xlsx|2016-02",
        "Resources procurement 201603.xls|2016-03",
        "Jan-16 return.xlsx|2016-01",
        "ASC contracts December 2015.csv|2015-12",
        "place-2015-16-procurement-2016-01.xlsx|2016-01",
        "procurement return (Nov 15) v2.xlsx|2015-11"})
    void readsThePeriodInAFileName(String fileName, String expected) {
        // given / when
        Optional<YearMonth> period = Periods.fromFileName(fileName);

        // then
        assertThat(period).contains(YearMonth.parse(expected));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"place-procurement.xlsx", "contracts-2016-13.xlsx", "return v20.xlsx"})
    void aFileNameWithoutAMonthGivesNothing(String fileName) {
        // given / when
        Optional<YearMonth> period = Periods.fromFileName(fileName);

        // then
        assertThat(period).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"place-procurement-summary-2016.xlsx", "Marketing 2016 contracts.xlsx",
        "decision 16 contracts.xlsx", "childrens-primary-16.xlsx"})
    void aMonthNameInsideAnotherWordIsNotAMonth(String fileName) {
        // given / when
        Optional<YearMonth> period = Periods.fromFileName(fileName);

        // then
        assertThat(period).isEmpty();
    }
}
