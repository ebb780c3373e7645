package uk.gov.bestvalue.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.bestvalue.returns.rules.DatedValues.DatedValue;
import uk.gov.bestvalue.returns.spec.ProcurementSheetFixture;

/** Thresholds that change over time, as rules.yml gives them. */
class DatedValuesTests {

    /** The P7 services thresholds of rules.yml, given out of order. */
    private final DatedValues services = new DatedValues(List.of(
            value("2018-01-01", "181302"),
            value("2014-01-01", "172514"),
            value("2016-01-01", "164176")));

    @ParameterizedTest(name = "on {0}: {1}")
    @CsvSource({
        "2013-06-30, 172514",   // before the first date: the first value
        "2014-01-01, 172514",   // on the day it starts
        "2015-06-01, 172514",
        "2015-12-31, 172514",   // the day before the next value
        "2016-01-01, 164176",
        "2016-02-01, 164176",
        "2017-12-31, 164176",
        "2018-01-01, 181302",
        "2030-01-01, 181302"})  // after the last date: the last value
    void givesTheValueInForceOnADate(LocalDate date, BigDecimal expected) {
        // given the thresholds above

        // when
        BigDecimal value = services.on(date);

        // then
        assertThat(value).isEqualByComparingTo(expected);
    }

    @Test
    void sortsItsValuesByDate() {
        // given the values out of order (above)

        // when
        List<LocalDate> dates = services.values().stream().map(DatedValue::from).toList();

        // then
        assertThat(dates).isSorted().hasSize(3);
    }

    @Test
    void aSingleValueAppliesOnEveryDate() {
        // given
        DatedValues register = new DatedValues(List.of(value("2015-04-01", "25000")));

        // when / then
        assertThat(register.on(LocalDate.of(2010, 1, 1))).isEqualByComparingTo("25000");
        assertThat(register.on(LocalDate.of(2030, 1, 1))).isEqualByComparingTo("25000");
    }

    @Test
    void refusesAnEmptyList() {
        // given
        List<DatedValue> none = List.of();

        // when / then
        assertThatThrownBy(() -> new DatedValues(none)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one value");
    }

    @ParameterizedTest(name = "{0}.{1} on {2}: {3}")
    @CsvSource({
        "P1, register-threshold, 2016-01-01, 25000",
        "P3, etendering-threshold, 2016-01-01, 5000",
        "P7, public-threshold-services, 2015-06-01, 172514",
        "P7, public-threshold-services, 2016-02-01, 164176",
        "P7, public-threshold-works, 2015-06-01, 4322012",
        "P7, public-threshold-works, 2024-06-01, 5372609"})
    void readsTheRealRulesYml(String rule, String name, LocalDate date, BigDecimal expected) {
        // given
        RuleSettings settings = RuleSettings.load(ProcurementSheetFixture.definitions());

        // when
        BigDecimal value = settings.dated("procurement", rule, name).on(date);

        // then
        assertThat(value).isEqualByComparingTo(expected);
    }

    @Test
    void settingsFailClearlyOnAMissingList() {
        // given
        RuleSettings settings = RuleSettings.load(ProcurementSheetFixture.definitions());

        // when / then
        assertThatThrownBy(() -> settings.dated("procurement", "P7", "public-threshold-goods"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("procurement.P7.public-threshold-goods");
    }

    private static DatedValue value(String from, String amount) {
        return new DatedValue(LocalDate.parse(from), new BigDecimal(amount));
    }
}
