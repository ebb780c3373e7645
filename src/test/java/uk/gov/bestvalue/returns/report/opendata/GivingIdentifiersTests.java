package uk.gov.bestvalue.returns.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The 360Giving identifier rules: grant ids under the publisher prefix, organisation ids from org-id.guide. */
class GivingIdentifiersTests {

    @Test
    void thePublisherPrefixAlwaysStartsWith360G() {
        assertThat(GivingIdentifiers.publisherPrefix("LBX")).isEqualTo("360G-LBX");
        assertThat(GivingIdentifiers.publisherPrefix("360G-LBX")).isEqualTo("360G-LBX");
        assertThat(GivingIdentifiers.publisherPrefix(" 360g-ExampleFunder- ")).isEqualTo("360g-ExampleFunder");
        assertThatThrownBy(() -> GivingIdentifiers.publisherPrefix("  ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipeline.open-data.publisher-prefix");
        assertThatThrownBy(() -> GivingIdentifiers.publisherPrefix("360G-")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aGrantIdIsTheReferenceUnderThePublisherPrefix() {
        // given a return's own references, when identified, then prefixed once, spaces made dashes
        assertThat(GivingIdentifiers.grantId("360G-LBX", "CSF-MGP-011")).isEqualTo("360G-LBX-CSF-MGP-011");
        assertThat(GivingIdentifiers.grantId("LBX", "CSF-MGP-011")).isEqualTo("360G-LBX-CSF-MGP-011");
        assertThat(GivingIdentifiers.grantId("360G-LBX", " ASC GR 15 001 ")).isEqualTo("360G-LBX-ASC-GR-15-001");
    }

    @Test
    void aReferenceThatIsAlreadyA360GivingIdIsKept() {
        assertThat(GivingIdentifiers.grantId("360G-LBX", "360G-LBX-PL-MGP-031")).isEqualTo("360G-LBX-PL-MGP-031");
        assertThat(GivingIdentifiers.grantId("360G-LBX", "360g-lbx-pl-cc-009")).isEqualTo("360g-lbx-pl-cc-009");
    }

    @Test
    void aCharityNumberIsPreferredToACompanyNumber() {
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "Tower Carers Centre", "1091 233", "04378812", null))
                .isEqualTo("GB-CHC-1091233");
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "A Scottish Charity", "SC012345", null, null))
                .isEqualTo("GB-SC-SC012345");
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "An Ulster Charity", "NIC100001", null, null))
                .isEqualTo("GB-NIC-100001");
    }

    @Test
    void aCompanyNumberGetsBackTheLeadingZerosASpreadsheetDropped() {
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "Recovery Works CIC", null, "8814402", null))
                .isEqualTo("GB-COH-08814402");
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "A Scottish Company", "", "sc123456", null))
                .isEqualTo("GB-COH-SC123456");
        assertThat(GivingIdentifiers.companyNumber(" 0734 5512 ", null)).isEqualTo("07345512");
    }

    @Test
    void anOrgIdOnARegisterIsKeptAndTidied() {
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "Pedal Power East", null, null, "GB-CHC-1140045"))
                .isEqualTo("GB-CHC-1140045");
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "Roman Road Traders", null, "9110486", "gb-coh-9110486"))
                .isEqualTo("GB-COH-09110486");
        // a local authority or a school: schemes the council's columns have no number for
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "Another Borough", null, null, "GB-LAE-ABC"))
                .isEqualTo("GB-LAE-ABC");
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "A School", "1234567", null, "GB-EDU-100000"))
                .isEqualTo("GB-EDU-100000");
    }

    @Test
    void theNumbersAreReadBackFromAnOrgIdWhenTheColumnsAreBlank() {
        assertThat(GivingIdentifiers.charityNumber(null, "GB-CHC-1140045")).isEqualTo("1140045");
        assertThat(GivingIdentifiers.charityNumber("", "GB-COH-07345512")).isNull();
        assertThat(GivingIdentifiers.companyNumber(null, "GB-COH-9110486")).isEqualTo("09110486");
        assertThat(GivingIdentifiers.companyNumber(null, "GB-CHC-1140045")).isNull();
        assertThat(GivingIdentifiers.companyNumber(null, "360G-LBX-ORG-0042")).isNull();
    }

    @Test
    void anOrganisationOnNoRegisterGetsThePublishersOwnIdMadeFromItsName() {
        // given no number: the council's own 360G org id is kept, else one is made, the same for every spelling
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "Cubitt Town Residents Association", null, null,
                "360G-LBX-ORG-0042")).isEqualTo("360G-LBX-ORG-0042");
        String made = GivingIdentifiers.recipientOrgId("LBX", "Weavers Fields Under-11s Football Club", " ", null, null);
        assertThat(made).isEqualTo("360G-LBX-ORG-weavers-fields-under-11s-football-club");
        assertThat(GivingIdentifiers.recipientOrgId("360G-LBX", "WEAVERS FIELDS UNDER 11S FOOTBALL CLUB", null, null, ""))
                .isEqualTo(made);
        assertThatThrownBy(() -> GivingIdentifiers.recipientOrgId("360G-LBX", "  ", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
