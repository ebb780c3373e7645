package uk.gov.bestvalue.returns.returntypes.disposals;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * D5 (this return's part): a disposal completed by the end of the period for a consideration has a capital
 * receipt above £0. Lettings, paid by rent, and disposals for nothing make none. Reconciling the receipt with
 * the finance ledger is the monthly reconciliation's part.
 */
final class D5CapitalReceiptRule implements Rule<DisposalLine> {

    @Override
    public String id() {
        return "D5";
    }

    @Override
    public void check(DisposalLine line, RuleContext context, List<Finding> findings) {
        if (!line.isCompletedBy(context.period()) || line.isLetting()
                || line.consideration() == null || line.consideration().signum() <= 0) {
            return;
        }
        if (line.capitalReceipt() == null || line.capitalReceipt().signum() <= 0) {
            findings.add(Finding.on(line.row(), "capital_receipt", id(), Severity.ERROR,
                    line.described() + " completed on " + Wording.date(line.completionDate()) + " for "
                            + Wording.money(line.consideration()) + " but no capital receipt is recorded. Enter the "
                            + "receipt as banked (it will be matched with the finance ledger)."));
        }
    }
}
