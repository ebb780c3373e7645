package uk.gov.bestvalue.returns.returntypes.procurement;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/** P6: a signed contract is available, signed on or before the start date. */
final class P6SignedContractRule implements Rule<ContractLine> {

    @Override
    public String id() {
        return "P6";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        if (!line.row().isYes("contract_signed")) {
            findings.add(Finding.on(line.row(), "contract_signed", id(), Severity.ERROR,
                    line.named() + " has no signed contract. Get it signed by both parties "
                            + "and mark it Y with the date signed."));
        } else if (line.row().date("signed_date") == null) {
            findings.add(Finding.on(line.row(), "signed_date", id(), Severity.ERROR,
                    line.named() + " is marked signed but the date signed is missing. Enter it."));
        } else if (line.startDate() != null && line.row().date("signed_date").isAfter(line.startDate())) {
            findings.add(Finding.on(line.row(), "signed_date", id(), Severity.ERROR,
                    line.named() + " was signed on " + Wording.date(line.row().date("signed_date"))
                            + ", after it started on " + Wording.date(line.startDate()) + ". Work must not start before the "
                            + "contract is signed: explain the gap to the Head of Procurement."));
        }
    }
}
