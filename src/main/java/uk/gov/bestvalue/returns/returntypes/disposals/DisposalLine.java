package uk.gov.bestvalue.returns.returntypes.disposals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import uk.gov.bestvalue.returns.rules.ReturnRow;

/** One disposal on a property disposals return, with the typed row it came from (for its cells). */
public record DisposalLine(ReturnRow row, String reference, String uprn, String propertyName, String postcode,
                           String disposalType, BigDecimal marketValuation, LocalDate valuationDate,
                           BigDecimal consideration, String consentReference, LocalDate consentDate,
                           LocalDate completionDate, BigDecimal capitalReceipt) {

    /** Reads the fields the rules and the warehouse use from a typed row. */
    public static DisposalLine of(ReturnRow row) {
        return new DisposalLine(row, row.text("disposal_reference"), row.text("uprn"), row.text("property_name"),
                row.text("postcode"), row.text("disposal_type"), row.money("market_valuation"),
                row.date("valuation_date"), row.money("consideration"), row.text("consent_reference"),
                row.date("consent_date"), row.date("completion_date"), row.money("capital_receipt"));
    }

    /** Completed: a completion date on or before the last day of the return's period. */
    public boolean isCompletedBy(YearMonth period) {
        return completionDate != null && !completionDate.isAfter(period.atEndOfMonth());
    }

    /** Whether the prior written consent reference is filled in. */
    public boolean hasConsentReference() {
        return consentReference != null && !consentReference.isBlank();
    }

    /** A letting (e.g. a community letting) is paid for by rent, a revenue income, so it makes no capital receipt. */
    public boolean isLetting() {
        return disposalType != null && disposalType.toLowerCase(Locale.ROOT).contains("letting");
    }

    /** How the disposal is named in messages: its reference and, when given, the property. */
    public String described() {
        String named = reference == null || reference.isBlank() ? "The disposal on row " + row.rowNumber()
                + " (no reference)" : "Disposal " + reference;
        return named + (propertyName == null ? "" : " (" + propertyName + ")");
    }
}
