package uk.gov.bestvalue.returns.returntypes.grants;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How grant recipients and purposes are keyed, so that two directorates' rows for the same one match. */
class RecipientKeyTests {

    @Test
    void aCharityNumberComesFirstWhateverItsSpacing() {
        assertThat(RecipientKey.of("Tower Carers Centre", "1091 233", "04378812", null)).isEqualTo("chc:1091233");
        assertThat(RecipientKey.of("TOWER CARERS CENTRE", "1091233", null, null)).isEqualTo("chc:1091233");
    }

    @Test
    void aCompanyNumberGetsBackTheLeadingZerosASpreadsheetDropped() {
        assertThat(RecipientKey.of("Recovery Works CIC", null, "8814402", null)).isEqualTo("coh:08814402");
        assertThat(RecipientKey.of("Scottish Co", " ", "SC123456", null)).isEqualTo("coh:SC123456");
    }

    @Test
    void a360GivingOrgIdGivesTheSameKeyAsTheNumberItIsMadeFrom() {
        assertThat(RecipientKey.of("Pedal Power East", null, null, "GB-CHC-1140045")).isEqualTo("chc:1140045");
        assertThat(RecipientKey.of("Roman Road Traders", null, null, "gb-coh-9110486")).isEqualTo("coh:09110486");
        assertThat(RecipientKey.isRegisteredOrgId("GB-COH-09110486")).isTrue();
        assertThat(RecipientKey.isRegisteredOrgId("360G-LBX-ORG-0042")).isFalse();
    }

    @Test
    void otherwiseTheNameWithoutCasePunctuationOrLegalForm() {
        assertThat(RecipientKey.of("The Weavers Fields Under-11s F.C. Ltd", null, null, "360G-LBX-ORG-0042"))
                .isEqualTo("name:weavers fields under 11s f c");
        assertThat(RecipientKey.of("Age Well & Friends CIC", null, null, null)).isEqualTo("name:age well friends");
        assertThat(RecipientKey.of(null, null, null, null)).isNull();
    }

    @Test
    void accentsAndCurlyApostrophesAreFoldedAsTheRecipientsOwnWritingsShowThem() {
        // as real 360Giving files name recipients, and as a finance system without accents would
        assertThat(RecipientKey.of("Hallé Concerts Society", null, null, null))
                .isEqualTo(RecipientKey.of("HALLE CONCERTS SOCIETY", null, null, null))
                .isEqualTo("name:halle concerts society");
        assertThat(RecipientKey.of("Dorothy’s Memory Café", null, null, null))
                .isEqualTo(RecipientKey.of("Dorothy's Memory Cafe", null, null, null))
                .isEqualTo("name:dorothys memory cafe");
    }

    @Test
    void thePurposeIsTheTitleWithoutCaseOrPunctuationElseTheProgramme() {
        assertThat(PurposeKey.of("Tiverton Repair Café", null)).isEqualTo(PurposeKey.of("Tiverton repair cafe", null));
        assertThat(PurposeKey.of("Young Carers’ Support", null)).isEqualTo("young carers support");
        assertThat(PurposeKey.of("Young Carers' Support Service", "MGP")).isEqualTo("young carers support service");
        assertThat(PurposeKey.of("young carers support service", null)).isEqualTo("young carers support service");
        assertThat(PurposeKey.of(" ", "Community Chest 2015-16")).isEqualTo("community chest 2015 16");
        assertThat(PurposeKey.of(null, null)).isNull();
    }
}
