package uk.gov.bestvalue.returns.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Transparency Code's "invitation to quote or published invitation to tender" from a return's route. */
class TenderRouteTests {

    @Test
    void competitiveProceduresArePublishedInvitationsToTender() {
        assertThat(TenderRoute.of("Open")).isEqualTo(TenderRoute.TENDER);
        assertThat(TenderRoute.of("Restricted")).isEqualTo(TenderRoute.TENDER);
        assertThat(TenderRoute.of("Competitive dialogue")).isEqualTo(TenderRoute.TENDER);
    }

    @Test
    void aQuotationIsAnInvitationToQuote() {
        assertThat(TenderRoute.of("Quotation")).isEqualTo(TenderRoute.QUOTE);
        assertThat(TenderRoute.of("Request for quotes (RFQ)")).isEqualTo(TenderRoute.QUOTE);
    }

    @Test
    void callOffsWaiversAndDirectAwardsAreNeither() {
        assertThat(TenderRoute.of("Framework call-off")).isEqualTo("Neither: call-off from a framework agreement");
        assertThat(TenderRoute.of("Waiver")).isEqualTo("Neither: waiver or direct award");
        assertThat(TenderRoute.of("Direct award")).isEqualTo("Neither: waiver or direct award");
        assertThat(TenderRoute.of("Grant-funded partnership")).isEqualTo("Neither: Grant-funded partnership");
        assertThat(TenderRoute.of(" ")).isEmpty();
        assertThat(TenderRoute.of(null)).isEmpty();
    }
}
