package uk.gov.bestvalue.returns.returntypes.grants;

import java.time.LocalDate;
import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * G1: no payment before a signed agreement. A grant with payments to date has a signed agreement, signed on
 * or before its first payment. A file without a payments column records no payments, so G1 finds nothing.
 */
final class G1SignedAgreementRule implements Rule<GrantLine> {

    @Override
    public String id() {
        return "G1";
    }

    @Override
    public void check(GrantLine grant, RuleContext context, List<Finding> findings) {
        if (!grant.hasPayments()) {
            return;
        }
        LocalDate signed = grant.row().date("agreement_signed_date");
        LocalDate firstPayment = grant.row().date("first_payment_date");
        if (!grant.row().isYes("agreement_signed")) {
            findings.add(Finding.on(grant.row(), "agreement_signed", id(), Severity.ERROR, paid(grant)
                    + " but has no signed grant agreement. Make no further payment until the agreement is signed by "
                    + "both parties, then mark it Y with the date signed."));
        } else if (signed == null) {
            findings.add(Finding.on(grant.row(), "agreement_signed_date", id(), Severity.ERROR, paid(grant)
                    + " and is marked as having a signed agreement, but the date it was signed is missing. Enter it."));
        } else if (firstPayment == null) {
            findings.add(Finding.on(grant.row(), "first_payment_date", id(), Severity.ERROR, paid(grant)
                    + " but the date of the first payment is missing, so we cannot tell whether the agreement "
                    + "(signed " + Wording.date(signed) + ") came first. Enter the first payment date."));
        } else if (signed.isAfter(firstPayment)) {
            findings.add(Finding.on(grant.row(), "agreement_signed_date", id(), Severity.ERROR, grant.describe()
                    + " was first paid on " + Wording.date(firstPayment) + ", before its agreement was signed on "
                    + Wording.date(signed) + ". No grant may be paid before its agreement is signed: explain the "
                    + "payment to the grants team and the Section 151 officer."));
        }
    }

    /** The opening of a finding's wording: built only when there is a finding, as most paid grants have none. */
    private static String paid(GrantLine grant) {
        return grant.describe() + " has had " + Wording.money(grant.paymentsToDate()) + " paid";
    }
}
