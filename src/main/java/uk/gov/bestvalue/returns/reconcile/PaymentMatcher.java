package uk.gov.bestvalue.returns.reconcile;

import java.util.HashMap;
import java.util.Map;

import uk.gov.bestvalue.returns.keys.SupplierKey;

/**
 * Matches each payment line against the period's contracts, or, for a grant payment (by its expense type), against
 * the current grants: indexed look-ups only, so a million lines cost a million look-ups. Not thread-safe: one
 * run's matching uses it from one thread.
 */
public class PaymentMatcher {

    /** The most supplier names and expense types remembered (a bound on memory, whatever the ledger). */
    private static final int MAX_REMEMBERED = 100_000;

    private final SupplierIndex contracts;
    private final SupplierIndex grants;
    private final ReconcileSettings settings;
    private final DirectorateNames directorates;
    /** A ledger names the same suppliers on line after line: each name is normalised once. */
    private final Map<String, String> nameKeys = new HashMap<>();
    private final Map<String, Boolean> grantTypes = new HashMap<>();

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
        String nameKey = payment.supplierName() == null ? null : nameKey(payment.supplierName());
        boolean grant = payment.expenseType() != null && isGrantPayment(payment.expenseType());
        SupplierIndex index = grant ? grants : contracts;
        MatchResult result = index.match(payment.companyKey(), nameKey, payment.date(), directorate);
        if (directorate == null && result.matched()) {
            directorate = result.candidate().directorateId();
        }
        return new PaymentMatch(payment, grant ? PaymentMatch.GRANT : PaymentMatch.CONTRACT, result, directorate);
    }

    private String nameKey(String supplierName) {
        String key = nameKeys.get(supplierName);
        if (key == null) {
            key = SupplierKey.normalisedName(supplierName);
            remember(nameKeys, supplierName, key);
        }
        return key;
    }

    private boolean isGrantPayment(String expenseType) {
        Boolean grant = grantTypes.get(expenseType);
        if (grant == null) {
            grant = settings.isGrantPayment(expenseType);
            remember(grantTypes, expenseType, grant);
        }
        return grant;
    }

    private static <V> void remember(Map<String, V> memory, String key, V value) {
        if (memory.size() < MAX_REMEMBERED) {
            memory.put(key, value);
        }
    }
}
