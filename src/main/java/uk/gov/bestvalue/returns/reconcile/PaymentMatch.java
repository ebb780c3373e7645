package uk.gov.bestvalue.returns.reconcile;

/**
 * A payment and what it was matched to: a contract ({@code kind} contract) or, for a grant payment, a grant.
 *
 * @param directorateId the payment's directorate: its department, else the matched item's directorate
 */
public record PaymentMatch(LedgerPayment payment, String kind, MatchResult result, String directorateId) {

    public static final String CONTRACT = "contract";
    public static final String GRANT = "grant";

    /** Whether this is off-contract spend (R1). */
    public boolean offContract() {
        return CONTRACT.equals(kind) && !result.matched();
    }
}
