package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValueParsersTests {

    private static final String REF_PROBLEM =
            "the cell shows #REF!, an Excel error; correct the formula or type the value";

    @Nested
    class Money {

        @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
        @CsvSource(delimiter = '|', value = {
            "25000|25000.00",
            "25,000|25000.00",
            "£25,000.00|25000.00",
            "'  £25,000.00  '|25000.00",
            "£ 25 000|25000.00",
            "1,234,567.891|1234567.89",
            "25k|25000.00",
            "25K|25000.00",
            "£2.5k|2500.00",
            "1.2m|1200000.00",
            "£1.2M|1200000.00",
            "-500|-500.00",
            "-£500|-500.00",
            "£-500|-500.00",
            "- £500|-500.00",
            "(500)|-500.00",
            "(£1,680.00)|-1680.00",
            "500 CR|-500.00",
            "£1,000.00cr|-1000.00",
            "œ500|500.00",
            "Â£500.50|500.50",
            "GBP 500|500.00",
            "gbp500|500.00",
            "0.005|0.01",
            ".5|0.50",
            "1.5E+06|1500000.00",
            "0|0.00",
        })
        void readsTheWaysPeopleWriteMoney(String text, BigDecimal expected) {
            // given
            CellValue cell = CellValue.text(text);

            // when
            Parsed<BigDecimal> parsed = ValueParsers.money(cell);

            // then
            assertThat(parsed.failed()).as(parsed.problem()).isFalse();
            assertThat(parsed.value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @CsvSource(delimiter = '|', value = {
            "TOTAL INSIGNIA LTD", "25,000 pounds", "£", "-", "1,5", "25,00", "1234,567", "12.34.56",
            "$500", "€500", "N/A", "tbc", "1e999", "25kk", "k", "(500", "£500£",
        })
        void rejectsTextThatIsNotMoney(String text) {
            // given
            CellValue cell = CellValue.text(text);

            // when
            Parsed<BigDecimal> parsed = ValueParsers.money(cell);

            // then
            assertThat(parsed.failed()).isTrue();
            assertThat(parsed.problem()).isEqualTo("'" + text + "' is not an amount of money");
        }

        @Test
        void roundsTheFloatArtefactsOfNumberCells() {
            // given
            CellValue cell = CellValue.number(12821.810000000001, "12821.810000000001");

            // when / then
            assertThat(ValueParsers.money(cell).value()).isEqualTo(new BigDecimal("12821.81"));
            assertThat(ValueParsers.money(CellValue.number(2.675, null)).value()).isEqualTo(new BigDecimal("2.68"));
        }

        @Test
        void aNumberCellGivesTheAmountItsDoubleHoldsWhateverTheFormOfItsStoredText() {
            // a stored text of up to 15 digits is read as written; longer texts, exponents and odd forms by the double
            for (String stored : List.of("2.675", "-0.005", "1234.5", "0.1", "100", "99999999999.995", "1.5E3",
                    "0.10000000000000001", "12821.810000000001", "-12.3450", ".5", "7.")) {
                double n = Double.parseDouble(stored);
                BigDecimal byDouble = BigDecimal.valueOf(n).setScale(2, java.math.RoundingMode.HALF_UP);
                assertThat(ValueParsers.money(CellValue.number(n, stored)).value()).as(stored).isEqualTo(byDouble);
            }
        }

        @Test
        void anAmountOfPoundsAndPenceIsTheDecimalItsTextWritesToTwoPlaces() {
            // every plain form: signs, no places, one, two, a trailing point, zeros, the longest 15 digits
            for (String stored : List.of("0", "-0", "5", "5.", "5.1", "5.10", "-5.01", "406992.49", "-0.5", "0.05",
                    "1000000", "9999999999999.99", "-999999999999999", "123456789012345", "00012.30")) {
                BigDecimal written = new BigDecimal(stored).setScale(2, java.math.RoundingMode.HALF_UP);
                BigDecimal money = ValueParsers.money(CellValue.number(Double.parseDouble(stored), stored)).value();
                assertThat(money).as(stored).isEqualTo(written);
                assertThat(money.scale()).as(stored).isEqualTo(2);
            }
        }

        @Test
        void blanksErrorsAndDates() {
            assertThat(ValueParsers.money(CellValue.BLANK).isBlank()).isTrue();
            assertThat(ValueParsers.money(CellValue.text(" \u00A0 ")).isBlank()).isTrue();
            assertThat(ValueParsers.money(CellValue.error("#REF!")).problem()).isEqualTo(REF_PROBLEM);
            assertThat(ValueParsers.money(CellValue.date(LocalDateTime.of(2016, 4, 1, 0, 0), 42461)).problem())
                    .isEqualTo("'2016-04-01' is a date, not an amount of money");
            assertThat(ValueParsers.money(CellValue.bool(true)).failed()).isTrue();
        }

        @Test
        void quotesLongTextShortened() {
            // given
            CellValue cell = CellValue.text("a very long piece of text that somebody typed in the amount column");

            // when
            String problem = ValueParsers.money(cell).problem();

            // then
            assertThat(problem).isEqualTo("'a very long piece of text that somebo...' is not an amount of money");
        }
    }

    @Nested
    class Dates {

        @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
        @CsvSource(delimiter = '|', value = {
            "01/04/2016|2016-04-01",
            "1/4/2016|2016-04-01",
            "01/04/16|2016-04-01",
            "01-04-2016|2016-04-01",
            "01.04.2016|2016-04-01",
            "2016-04-01|2016-04-01",
            "2016-04-01T00:00:00|2016-04-01",
            "2016-04-01 10:00:00|2016-04-01",
            "2016/04/01|2016-04-01",
            "1 Apr 2016|2016-04-01",
            "1 April 2016|2016-04-01",
            "01-Apr-2016|2016-04-01",
            "01-Apr-16|2016-04-01",
            "1-Apr-16|2016-04-01",
            "1-APR-16|2016-04-01",
            "Apr-16|2016-04-01",
            "Apr 16|2016-04-01",
            "April 2016|2016-04-01",
            "Apr 2016|2016-04-01",
            "april 2016|2016-04-01",
            "20160401|2016-04-01",
            "01/04/2016 00:00|2016-04-01",
            "'  01/04/2016  '|2016-04-01",
            "1 Sept 2016|2016-09-01",
            "1 sep 2016|2016-09-01",
            "1st April 2016|2016-04-01",
            "31/12/99|1999-12-31",
            "01/01/69|2069-01-01",
            "01/01/70|1970-01-01",
            "01/01/00|2000-01-01",
            "29/02/2016|2016-02-29",
            // with the day of the week, as the Cabinet Office's spend files and a long date format write them
            "'Friday, April 29, 2022'|2022-04-29",
            "Friday 29 April 2022|2022-04-29",
            "Fri 29/04/2022|2022-04-29",
            "'Thurs, 1st Sept 2016'|2016-09-01",
        })
        void readsDayFirstUkDates(String text, LocalDate expected) {
            // given
            CellValue cell = CellValue.text(text);

            // when
            Parsed<LocalDate> parsed = ValueParsers.date(cell);

            // then
            assertThat(parsed.failed()).as(parsed.problem()).isFalse();
            assertThat(parsed.value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @ValueSource(strings = {"31/02/2016", "29/02/2015", "13/13/2016", "32/01/2016", "04/31/2016", "next week",
            "01/04", "2016", "Apr", "1/4/216", "10:00", "01/04/2016x", "Foo 2016", "1 Foo 2016", "2016-04-01X10:00",
            "00/04/2016", "1.5", "Friday", "Friday 2022", "Fridays 29 April 2022", "Frid 29/04/2022",
            "April Friday 29 2022"})
        void rejectsWhatIsNotADate(String text) {
            // given
            CellValue cell = CellValue.text(text);

            // when
            Parsed<LocalDate> parsed = ValueParsers.date(cell);

            // then
            assertThat(parsed.problem()).isEqualTo("'" + text + "' is not a date (use dd/mm/yyyy)");
        }

        @ParameterizedTest(name = "[{index}] {0} is {1}")
        @CsvSource({"42461, 2016-04-01", "42461.75, 2016-04-01", "1, 1900-01-01", "2958465, 9999-12-31",
            "20160401, 2016-04-01"})
        void readsExcelSerialNumbers(double serial, LocalDate expected) {
            assertThat(ValueParsers.date(CellValue.number(serial, null)).value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(doubles = {0, -5, 0.5, 2958466, 3_000_000, 20161301})
        void rejectsNumbersOutsideTheSerialRange(double serial) {
            assertThat(ValueParsers.date(CellValue.number(serial, null)).failed()).isTrue();
        }

        @Test
        void takesTheDatePartOfDateCells() {
            // given
            CellValue cell = CellValue.date(LocalDateTime.of(2016, 4, 1, 10, 30), 42461.4375);

            // when / then
            assertThat(ValueParsers.date(cell).value()).isEqualTo(LocalDate.of(2016, 4, 1));
            assertThat(ValueParsers.date(CellValue.error("#REF!")).problem()).isEqualTo(REF_PROBLEM);
            assertThat(ValueParsers.date(CellValue.BLANK).isBlank()).isTrue();
            assertThat(ValueParsers.date(CellValue.bool(true)).failed()).isTrue();
        }
    }

    @Nested
    class Booleans {

        @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
        @CsvSource({"Y, true", "N, false", "Yes, true", "No, false", "TRUE, true", "FALSE, false", "T, true",
            "F, false", "1, true", "0, false", "yes., true", "'  y ', true", "nO, false", "true, true"})
        void readsYesAndNo(String text, boolean expected) {
            assertThat(ValueParsers.bool(CellValue.text(text)).value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @ValueSource(strings = {"maybe", "2", "ja", "yess", ".", "ye", "yeſ", "nö", "Y.."})
        void rejectsOtherText(String text) {
            assertThat(ValueParsers.bool(CellValue.text(text)).problem())
                    .isEqualTo("'" + text + "' is not yes or no (use Y or N)");
        }

        @Test
        void readsBooleanAndNumberCells() {
            assertThat(ValueParsers.bool(CellValue.bool(true)).value()).isTrue();
            assertThat(ValueParsers.bool(CellValue.bool(false)).value()).isFalse();
            assertThat(ValueParsers.bool(CellValue.number(1, "1")).value()).isTrue();
            assertThat(ValueParsers.bool(CellValue.number(0, "0")).value()).isFalse();
            assertThat(ValueParsers.bool(CellValue.number(2, "2")).failed()).isTrue();
            assertThat(ValueParsers.bool(CellValue.error("#REF!")).problem()).isEqualTo(REF_PROBLEM);
            assertThat(ValueParsers.bool(CellValue.BLANK).isBlank()).isTrue();
        }
    }

    @Nested
    class Percentages {

        @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
        @CsvSource({"70%, 0.7000", "70 %, 0.7000", "12.5%, 0.1250", "0.7, 0.7000", "70, 0.7000", "100, 1.0000",
            "1, 1.0000", "150%, 1.5000", "0%, 0.0000", "'0.33333', 0.3333"})
        void readsPercentagesAsFractions(String text, BigDecimal expected) {
            assertThat(ValueParsers.percent(CellValue.text(text)).value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] {0} is {1}")
        @CsvSource({"0.7, 0.7000", "70, 0.7000", "0.125, 0.1250", "100, 1.0000", "1, 1.0000"})
        void readsNumberCells(double number, BigDecimal expected) {
            assertThat(ValueParsers.percent(CellValue.number(number, null)).value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @ValueSource(strings = {"seventy", "%", "70%%", "£70"})
        void rejectsOtherText(String text) {
            assertThat(ValueParsers.percent(CellValue.text(text)).problem())
                    .isEqualTo("'" + text + "' is not a percentage");
        }

        @Test
        void blanksAndErrors() {
            assertThat(ValueParsers.percent(CellValue.BLANK).isBlank()).isTrue();
            assertThat(ValueParsers.percent(CellValue.error("#REF!")).problem()).isEqualTo(REF_PROBLEM);
        }
    }

    @Nested
    class Integers {

        @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
        @CsvSource(delimiter = '|', value = {"12|12", "1,250|1250", "12.0|12", "' 7 '|7", "-3|-3", "0|0", "12 months|12", "6 mths|6", "24 Months|24"})
        void readsWholeNumbers(String text, long expected) {
            assertThat(ValueParsers.integer(CellValue.text(text)).value()).isEqualTo(expected);
        }

        @ParameterizedTest(name = "[{index}] ''{0}''")
        @ValueSource(strings = {"12.5", "abc", "1,25", "12k", "99999999999999999999", "Undefined", "3 years"})
        void rejectsOtherText(String text) {
            assertThat(ValueParsers.integer(CellValue.text(text)).problem())
                    .isEqualTo("'" + text + "' is not a whole number");
        }

        @Test
        void readsNumberCellsThatAreWhole() {
            assertThat(ValueParsers.integer(CellValue.number(12, "12")).value()).isEqualTo(12L);
            assertThat(ValueParsers.integer(CellValue.number(2.9999999999999996, null)).value()).isEqualTo(3L);
            assertThat(ValueParsers.integer(CellValue.number(12.5, "12.5")).problem())
                    .isEqualTo("'12.5' is not a whole number");
            assertThat(ValueParsers.integer(CellValue.error("#REF!")).problem()).isEqualTo(REF_PROBLEM);
            assertThat(ValueParsers.integer(CellValue.BLANK).isBlank()).isTrue();
        }
    }

    @Nested
    class Text {

        @ParameterizedTest(name = "[{index}] ''{0}'' is ''{1}''")
        @CsvSource(delimiter = '|', value = {
            "'  Acme   Ltd  '|Acme Ltd",
            "'Acme\u00A0\u00A0Ltd'|Acme Ltd",
            "'Acme\tLtd\n'|Acme Ltd",
            "Acme Ltd|Acme Ltd",
        })
        void trimsAndCollapsesSpaces(String text, String expected) {
            assertThat(ValueParsers.text(CellValue.text(text)).value()).isEqualTo(expected);
        }

        @Test
        void writesNumbersDatesAndBooleansAsText() {
            assertThat(ValueParsers.text(CellValue.number(25000, "25000")).value()).isEqualTo("25000");
            assertThat(ValueParsers.text(CellValue.number(25000, "25000.0")).value()).isEqualTo("25000");
            assertThat(ValueParsers.text(CellValue.number(1.5, "1.5")).value()).isEqualTo("1.5");
            // POI writes large whole numbers such as UPRNs in exponent form; a person typed digits
            assertThat(ValueParsers.text(CellValue.number(6094123456d, "6.094123456E9")).value()).isEqualTo("6094123456");
            assertThat(ValueParsers.text(CellValue.date(LocalDateTime.of(2016, 4, 1, 10, 0), 42461.41)).value())
                    .isEqualTo("2016-04-01");
            assertThat(ValueParsers.text(CellValue.bool(true)).value()).isEqualTo("TRUE");
        }

        @Test
        void blanksAndErrors() {
            assertThat(ValueParsers.text(CellValue.BLANK).isBlank()).isTrue();
            assertThat(ValueParsers.text(CellValue.text(" \t ")).isBlank()).isTrue();
            assertThat(ValueParsers.text(CellValue.error("#N/A")).problem())
                    .isEqualTo("the cell shows #N/A, an Excel error; correct the formula or type the value");
        }
    }
}
