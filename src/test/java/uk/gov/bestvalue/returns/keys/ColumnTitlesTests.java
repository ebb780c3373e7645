package uk.gov.bestvalue.returns.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Column titles compared the way a person reads them. */
class ColumnTitlesTests {

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Value (£)|value",
        "VALUE|value",
        "* value|value",
        "CONTRACT_REF|contractref",
        "Contract Ref|contractref",
        "contract-ref.|contractref",
        "Supplier name|suppliername",
        "SUPPLIER_NAME|suppliername",
        "Supplier-Name|suppliername",
        "Total Value £|totalvalue",
        "E-tender Reference|etenderreference",
        "SME (Y/N)|smeyn",
        "Category (Works/Services/Supplies)|categoryworksservicessupplies",
        "Children's Services|childrensservices",
        "D&R|dr",
        "'  Start\u00A0Date  '|startdate"})
    void ignoresCaseSpacingPunctuationAndCurrencyMarks(String title, String expected) {
        // given a title as a directorate typed it

        // when
        String key = ColumnTitles.normalise(title);

        // then
        assertThat(key).isEqualTo(expected);
    }

    @Test
    void aMissingOrEmptyTitleIsEmpty() {
        // given / when / then
        assertThat(ColumnTitles.normalise(null)).isEmpty();
        assertThat(ColumnTitles.normalise("")).isEmpty();
        assertThat(ColumnTitles.normalise(" (£) - ")).isEmpty();
    }

    @Test
    void keepsDigitsSoNumberedColumnsStayApart() {
        // given
        String first = ColumnTitles.normalise("Value 2015/16");
        String second = ColumnTitles.normalise("Value 2016/17");

        // when / then
        assertThat(first).isEqualTo("value201516").isNotEqualTo(second);
    }
}
