package uk.gov.bestvalue.returns.returntypes.grants;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/** G2: payments to date never exceed the amount awarded. */
final class G2PaymentsWithinAwardRule implements Rule<GrantLine> {

    @Override
    public String id() {
        return "G2";
    }

    @Override
    public void check(GrantLine grant, RuleContext context, List<Finding> findings) {
        if (grant.paymentsToDate() == null || grant.amountAwarded() == null
                || grant.paymentsToDate().compareTo(grant.amountAwarded()) <= 0) {
            return;
        }
        findings.add(Finding.on(grant.row(), "payments_to_date", id(), Severity.ERROR, grant.describe() + " has had "
                + Wording.money(grant.paymentsToDate()) + " paid, more than the " + Wording.money(grant.amountAwarded())
                + " awarded (" + Wording.money(grant.paymentsToDate().subtract(grant.amountAwarded())) + " over). "
                + "Correct the figure, or recover the overpayment and report it to the grants team."));
    }
}
