package uk.gov.bestvalue.returns.returntypes.grants;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.gov.bestvalue.returns.rules.ReturnRow;

/** One grant on a grant agreements return, with the typed row it came from (for its cells). */
public record GrantLine(ReturnRow row, String reference, String title, String programme, String recipientName,
                        String charityNumber, String companyNumber, String orgId, BigDecimal amountAwarded,
                        LocalDate awardDate, BigDecimal paymentsToDate) {

    /** Reads the fields the rules and the warehouse use from a typed row. */
    public static GrantLine of(ReturnRow row) {
        return new GrantLine(row, row.text("grant_reference"), row.text("title"), row.text("programme"),
                row.text("recipient_name"), row.text("recipient_charity_number"), row.text("recipient_company_number"),
                row.text("recipient_org_id"), row.money("amount_awarded"), row.date("award_date"),
                row.money("payments_to_date"));
    }

    /** Whether any payment has been made on the grant. */
    public boolean hasPayments() {
        return paymentsToDate != null && paymentsToDate.signum() > 0;
    }

    /** Whether a text field is blank on this row (or the file lacks its column). */
    public boolean isBlank(String field) {
        String text = row.text(field);
        return text == null || text.isBlank();
    }

    /** The key the recipient is matched on across returns: see {@link RecipientKey}. */
    public String recipientKey() {
        return RecipientKey.of(recipientName, charityNumber, companyNumber, orgId);
    }

    /** What the grant is for, to match the same purpose across returns: see {@link PurposeKey}. */
    public String purposeKey() {
        return PurposeKey.of(title, programme);
    }

    /**
     * For a message about a blank field: nothing when the file has the field's column, else a note that the
     * column is missing (a 360Giving export lacks the columns of the council's own checks).
     */
    public String columnNote(String field) {
        return row.hasColumn(field) ? "" : " (this return has no '" + row.spec().field(field).title()
                + "' column: add one)";
    }

    /** "Grant MGP-15-004 to Bromley-by-Bow Centre" for messages. */
    public String describe() {
        String named = reference == null || reference.isBlank() ? "The grant on row " + row.rowNumber()
                + " (no reference)" : "Grant " + reference;
        return named + (recipientName == null ? "" : " to " + recipientName);
    }
}
