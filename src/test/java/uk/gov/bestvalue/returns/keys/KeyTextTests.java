package uk.gov.bestvalue.returns.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The folding every matching key reads names through. */
class KeyTextTests {

    @ParameterizedTest(name = "[{0}] -> [{1}]")
    @CsvSource(delimiter = '|', value = {
        "Hallé Concerts Society|Halle Concerts Society",
        "Citroën Škoda Łódź Ørsted|Citroen Skoda Lodz Orsted",
        "Æther Œuvre Straße|AEther OEuvre Strasse",
        "Dorothy’s ‘Memory’ Café|Dorothy's 'Memory' Cafe",
        "Ｆｕｌｌ ｗｉｄｔｈ ﬁne|Full width fine",
        "Þórr Đorđe|Thorr Dorde"})
    void latinLettersLoseTheirAccentsAndLigaturesAreSpeltOut(String written, String folded) {
        assertThat(KeyText.folded(written)).isEqualTo(folded);
    }

    @Test
    void plainAsciiIsTheSameString() {
        String name = "Acme & Sons Ltd.";
        assertThat(KeyText.folded(name)).isSameAs(name);
    }

    @Test
    void otherScriptsAreKept() {
        assertThat(KeyText.folded("Ромашка Ltd")).isEqualTo("Ромашка Ltd");
    }
}
