package uk.gov.bestvalue.returns.returntypes.procurement;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.bestvalue.returns.rules.DatedValues;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Wording;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;

/** P1: every contract at or above the register threshold (£25,000) is on the central contracts register. */
final class P1ContractsRegisterRule implements Rule<ContractLine> {

    private final DatedValues threshold;

    P1ContractsRegisterRule(RuleSettings settings) {
        this.threshold = settings.dated("procurement", "P1", "register-threshold");
    }

    @Override
    public String id() {
        return "P1";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        // waivers are on the register whatever their value: P2 says so with its own message
        if (line.totalValue() == null || line.isWaiver() || !line.isBlank("register_reference")) {
            return;
        }
        BigDecimal limit = threshold.on(ProcurementDates.effective(line, context));
        if (line.totalValue().compareTo(limit) >= 0) {
            findings.add(Finding.on(line.row(), "register_reference", id(), Severity.ERROR,
                    line.named() + " is worth " + Wording.money(line.totalValue())
                            + ", at or above " + Wording.money(limit) + ", but has no central contracts register "
                            + "reference. Add it to the register and enter the register reference."));
        }
    }
}
