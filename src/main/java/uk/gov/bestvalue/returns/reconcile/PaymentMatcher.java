package uk.gov.bestvalue.returns.reconcile;

import uk.gov.bestvalue.returns.returns.procurement.SupplierKey;

/**
 * Matches each payment line against the period's contracts, or, for a grant payment (by its expense type), against
 * the current grants: indexed look-ups only, so a million lines cost a million look-ups.
 */
public class PaymentMatcher {

    private final SupplierIndex contracts;
    private final SupplierIndex grants;
    private final ReconcileSettings settings;
    private final DirectorateNames directorates;

    public PaymentMatcher(SupplierIndex contracts, SupplierIndex grants, ReconcileSettings settings,
                          DirectorateNames directorates) {
        this.contracts = contracts;
        this.grants = grants;
        this.settings = settings;
        this.directorates = directorates;
    }

    /** The payment's match. */
    public PaymentMatch process(LedgerPayment payment) {
        String directorate = directorates.of(payment.department());
        String nameKey = payment.supplierName() == null ? null : SupplierKey.normalisedName(payment.supplierName());
        boolean grant = settings.isGrantPayment(payment.expenseType());
        SupplierIndex index = grant ? grants : contracts;
        MatchResult result = index.match(payment.companyKey(), nameKey, payment.date(), directorate);
        if (directorate == null && result.matched()) {
            directorate = result.candidate().directorateId();
        }
        return new PaymentMatch(payment, grant ? PaymentMatch.GRANT : PaymentMatch.CONTRACT, result, directorate);
    }
}
