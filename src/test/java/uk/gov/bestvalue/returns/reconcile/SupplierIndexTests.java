package uk.gov.bestvalue.returns.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.keys.SupplierKey;

/** Matching a payment to a contract: company number first, then exact name, then a similar name; live at the date. */
class SupplierIndexTests {

    private static final LocalDate JAN = LocalDate.of(2016, 1, 15);

    private final SupplierIndex index = SupplierIndex.of(List.of(
            contract(1, "resources", "RES-1", "Brightwell Digital Services Ltd", "06284417", 2015, 2020, 4_800_000),
            contract(2, "resources", "RES-2", "Officeline Supplies Ltd", null, 2015, 2017, 30_000),
            contract(3, "place", "PL-1", "CleanStreets Environmental Ltd", "06925538", 2016, 2019, 1_250_000),
            contract(4, "adults", "ASC-1", "Acme Care Ltd", "01234567", 2015, 2018, 100_000),
            contract(5, "childrens", "CSF-1", "Acme Care Ltd", "01234567", 2015, 2018, 200_000)), 0.90);

    @Test
    void matchesOnCompanyNumberWhenBothSidesHaveOne() {
        MatchResult result = index.match("ch:06284417", "anything else", JAN, "resources");

        assertThat(result.method()).isEqualTo(MatchMethod.COMPANY_NUMBER);
        assertThat(result.candidate().reference()).isEqualTo("RES-1");
    }

    @Test
    void matchesOnTheNormalisedNameWithoutANumber() {
        MatchResult result = index.match(null, SupplierKey.normalisedName("BRIGHTWELL DIGITAL SERVICES LIMITED"), JAN, null);

        assertThat(result.method()).isEqualTo(MatchMethod.NAME_EXACT);
        assertThat(result.score()).isEqualTo(1.0);
    }

    @Test
    void fallsBackToASimilarNameAboveTheThreshold() {
        MatchResult result = index.match(null, SupplierKey.normalisedName("Officeline Suplies Ltd"), JAN, null);

        assertThat(result.method()).isEqualTo(MatchMethod.NAME_SIMILAR);
        assertThat(result.candidate().reference()).isEqualTo("RES-2");
        assertThat(result.score()).isGreaterThanOrEqualTo(0.9).isLessThan(1.0);
    }

    @Test
    void aDissimilarNameIsOffContract() {
        assertThat(index.match(null, SupplierKey.normalisedName("Officemax Furniture"), JAN, null).matched()).isFalse();
        assertThat(index.match(null, SupplierKey.normalisedName("Quickprint Express"), JAN, null)).isEqualTo(MatchResult.NONE);
    }

    @Test
    void twoDifferentCompanyNumbersAreTwoCompaniesWhateverTheirNames() {
        MatchResult result = index.match("ch:09999999", SupplierKey.normalisedName("Brightwell Digital Services"), JAN, null);

        assertThat(result.matched()).isFalse();
    }

    @Test
    void aContractNotLiveAtThePaymentDateDoesNotCoverItButIsNamed() {
        MatchResult result = index.match("ch:06925538", null, JAN, "place");

        assertThat(result.matched()).isFalse();
        assertThat(result.notLive().reference()).isEqualTo("PL-1");
    }

    @Test
    void prefersThePaymentsOwnDirectorateThenTheLargestContract() {
        assertThat(index.match("ch:01234567", null, JAN, "adults").candidate().reference()).isEqualTo("ASC-1");
        assertThat(index.match("ch:01234567", null, JAN, "health").candidate().reference()).isEqualTo("CSF-1");
    }

    @Test
    void jaroWinklerIsOneForEqualNamesAndHighForATypo() {
        assertThat(NameSimilarity.jaroWinkler("officeline supplies", "officeline supplies")).isEqualTo(1.0);
        assertThat(NameSimilarity.jaroWinkler("martha", "marhta")).isCloseTo(0.961, org.assertj.core.data.Offset.offset(0.001));
        assertThat(NameSimilarity.jaroWinkler("acme", "")).isZero();
    }

    private static Candidate contract(long id, String directorate, String reference, String supplier, String number,
                                      int fromYear, int toYear, long value) {
        String key = SupplierKey.of(supplier, number);
        return new Candidate(id, 1, "Contracts", (int) id + 1, directorate, reference, supplier,
                key.startsWith("ch:") ? key : null, SupplierKey.normalisedName(supplier),
                LocalDate.of(fromYear, fromYear == 2016 ? 4 : 1, 1), LocalDate.of(toYear, 3, 31), BigDecimal.valueOf(value));
    }
}
