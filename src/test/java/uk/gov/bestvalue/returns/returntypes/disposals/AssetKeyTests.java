package uk.gov.bestvalue.returns.returntypes.disposals;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The asset dimension's key: the UPRN's digits, else the property's name and postcode. */
class AssetKeyTests {

    @Test
    void aUprnIsItsDigits() {
        assertThat(AssetKey.of("100023336956", "Anything", "E1 1AA")).isEqualTo("100023336956");
        assertThat(AssetKey.of(" 6 094 123 456 ", null, null)).isEqualTo("6094123456");
        assertThat(AssetKey.of("006094123456", null, null)).isEqualTo("6094123456");
    }

    @Test
    void aUprnShownInScientificNotationIsReadBack() {
        assertThat(AssetKey.of("1.00023336956E11", null, null)).isEqualTo("100023336956");
    }

    @Test
    void somethingThatIsNotAUprnFallsBackToTheNameAndPostcode() {
        assertThat(AssetKey.of("AST-0042", "Shadwell Community Centre", "E1 0RD"))
                .isEqualTo("name:shadwell community centre|e10rd");
        assertThat(AssetKey.of("1234567890123", "Plot 7 & 8, Watts Grove", null)).isEqualTo("name:plot 7 and 8 watts grove");
        assertThat(AssetKey.of("0", "Land at Bow Common", "e3 4ab")).isEqualTo("name:land at bow common|e34ab");
    }

    @Test
    void aNameIsKeyedWithoutItsAccentsSoThatAWelshNameMatchesItWrittenWithoutThem() {
        assertThat(AssetKey.of(null, "Tŷ Penallta", "CF82 7PG")).isEqualTo("name:ty penallta|cf827pg")
                .isEqualTo(AssetKey.of(null, "Ty Penallta", "CF82 7PG"));
        assertThat(AssetKey.of("AST-9", "Hen Ysgol, Llanfair-ym-Muallt", null))
                .isEqualTo("name:hen ysgol llanfair ym muallt");
        assertThat(AssetKey.of(null, "Café on the Green", null)).isEqualTo("name:cafe on the green");
    }

    @Test
    void nothingIdentifiesAnAssetWithNeitherUprnNorName() {
        assertThat(AssetKey.of(null, " ", "E1 1AA")).isNull();
        // a name with no letter or digit is no name: a postcode alone would make one asset of a whole street
        assertThat(AssetKey.of(null, "-", "E1 1AA")).isNull();
        assertThat(AssetKey.of("n/a", "***", null)).isNull();
    }
}
