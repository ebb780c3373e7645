package uk.gov.bestvalue.returns.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The key a supplier is matched on across returns and the finance ledger (R1). */
class SupplierKeyTests {

    @ParameterizedTest(name = "[{0}] = [{1}]")
    @CsvSource(delimiter = '|', value = {
        "The Acme & Sons Ltd.|ACME AND SONS LIMITED",
        "Acme and Sons Limited|acme & sons ltd",
        "Greenway Landscapes (UK) Ltd|GREENWAY LANDSCAPES LTD",
        "Brick Co.|BRICK COMPANY",
        "Smith & Jones LLP|Smith and Jones",
        "Northgate  Public   Services PLC|northgate public services plc",
        "Nestlé UK Ltd|NESTLE UK LIMITED",
        "Škoda Auto|Skoda Auto",
        "Café Nero Ltd|CAFE NERO LIMITED",
        "Smith’s Removals|Smith's Removals",
        "Großmann & Søn|Grossmann and Son"})
    void namesMatchIgnoringCaseAccentsPunctuationAndCompanySuffixes(String one, String other) {
        // given two ways of writing the same supplier, without a company number

        // when
        String first = SupplierKey.of(one, null);
        String second = SupplierKey.of(other, "  ");

        // then
        assertThat(first).isEqualTo(second).startsWith("name:");
    }

    @Test
    void theAcmeAndSonsLtdIsAcmeSons() {
        // given / when / then
        assertThat(SupplierKey.of("The Acme & Sons Ltd.", null)).isEqualTo("name:acme sons");
        assertThat(SupplierKey.normalisedName("ACME AND SONS LIMITED")).isEqualTo("acme sons");
    }

    @Test
    void keepsWordsThatAreNotSuffixes() {
        // given a supplier whose name starts with a word a totals row might use
        String name = "TOTAL INSIGNIA LTD";

        // when
        String key = SupplierKey.of(name, null);

        // then
        assertThat(key).isEqualTo("name:total insignia");
    }

    @Test
    void differentSuppliersKeepDifferentKeys() {
        // given / when / then
        assertThat(SupplierKey.of("Acme Sons Ltd", null)).isNotEqualTo(SupplierKey.of("Acme Daughters Ltd", null));
    }

    @ParameterizedTest(name = "[{0}] -> {1}")
    @CsvSource(delimiter = '|', value = {
        "01234567|ch:01234567",
        "1234567|ch:01234567",
        "123|ch:00000123",
        "' 0123 4567 '|ch:01234567",
        "01-234-567|ch:01234567",
        "SC123456|ch:SC123456",
        "sc 123456|ch:SC123456",
        "NI012345|ch:NI012345"})
    void aCompanyNumberWinsOverTheNameAndIsPaddedToEightDigits(String number, String expected) {
        // given a supplier whose company number a spreadsheet may have stripped of leading zeros

        // when
        String key = SupplierKey.of("Acme Lighting Ltd", number);

        // then
        assertThat(key).isEqualTo(expected);
    }

    @Test
    void theSameCompanyNumberMatchesWhateverTheName() {
        // given / when / then
        assertThat(SupplierKey.of("Acme Lighting Ltd", "1234567"))
                .isEqualTo(SupplierKey.of("ACME LIGHTING (LONDON) LIMITED", "01234567"));
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"", "   ", "-", "/"})
    void aBlankOrPunctuationOnlyCompanyNumberFallsBackToTheName(String number) {
        // given / when
        String key = SupplierKey.of("Acme Lighting Ltd", number);

        // then
        assertThat(key).isEqualTo("name:acme lighting");
    }

    @Test
    void noNameAndNoNumberIsNoKey() {
        // given / when / then
        assertThat(SupplierKey.of(null, null)).isNull();
        assertThat(SupplierKey.of(null, " ")).isNull();
    }

    @Test
    void aNameMadeOnlyOfDroppedWordsKeepsThemRatherThanBeingKeyedAsNothing() {
        // given a company Lambeth paid in April 2011, whose every word is one a key drops
        String name = "@UK Plc";

        // when / then: keyed by those words, and apart from a redacted name
        assertThat(SupplierKey.of(name, null)).isEqualTo("name:uk plc").isEqualTo(SupplierKey.of("UK PLC", null));
        assertThat(SupplierKey.normalisedName("The Company Ltd")).isEqualTo("the company ltd");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"*****************************", "-", "…", "(***)"})
    void aNameWithoutALetterOrDigitIdentifiesNoSupplier(String redacted) {
        // given a name withheld as Craven's ledger withholds it, or as other ledgers might: when / then
        assertThat(SupplierKey.of(redacted, null)).isNull();
        // a company number still keys it
        assertThat(SupplierKey.of(redacted, "01234567")).isEqualTo("ch:01234567");
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"N/A", "n/a", "TBC", "None", "Not known"})
    void aPlaceholderInTheCompanyNumberColumnFallsBackToTheName(String placeholder) {
        // given / when
        String acme = SupplierKey.of("Acme Lighting Ltd", placeholder);
        String brick = SupplierKey.of("Brick Co", placeholder);

        // then
        assertThat(acme).isEqualTo("name:acme lighting");
        assertThat(brick).isEqualTo("name:brick");
    }
}
