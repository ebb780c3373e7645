package uk.gov.bestvalue.returns.returntypes.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The lot a title names, as Salford's contracts register writes its frameworks' lots. */
class LotOfTitleTests {

    @ParameterizedTest(name = "[{0}] -> lot {1}")
    @CsvSource(delimiter = '|', value = {
        "Technical and Highway Works Framework - Lot Four|4",
        "Technical and Highway Works Framework - Lot One:|1",
        "Lot 1 Full-time Alternative Provision  Min. of 2|1",
        "Plant Hire for Swinton Hall Road Depot - Lot 19|19",
        "Supply of Fuel LOT 07|7",
        "Framework lot no. 3a (North)|3a",
        "Lot Number 12 - Catering|12",
        "Framework lot5|5"
    })
    void aLotNamedInTheTitleIsItsNumber(String title, String lot) {
        assertThat(LotOfTitle.of(title)).isEqualTo(lot);
    }

    @ParameterizedTest(name = "[{0}]")
    @NullSource
    @ValueSource(strings = {"Cash in Transit", "Car park lottery machines", "Allotment water supply",
        "Parking lots resurfacing", "Pilot scheme 3", "Lot-based pricing", "Lot 5x2 cabins"})
    void aTitleThatNamesNoLotHasNone(String title) {
        assertThat(LotOfTitle.of(title)).isNull();
    }
}
