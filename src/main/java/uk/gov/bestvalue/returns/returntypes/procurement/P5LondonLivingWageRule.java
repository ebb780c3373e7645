package uk.gov.bestvalue.returns.returntypes.procurement;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/** P5: London Living Wage is included on every contract where it applies. */
final class P5LondonLivingWageRule implements Rule<ContractLine> {

    @Override
    public String id() {
        return "P5";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        if (line.row().isYes("llw_applicable") && !line.row().isYes("llw_included")) {
            findings.add(Finding.on(line.row(), "llw_included", id(), Severity.ERROR,
                    "London Living Wage applies to " + line.named().replace("Contract", "contract").replace("The contract", "the contract") + " but is not included. "
                            + "Include it in the contract, or record why it does not apply."));
        }
    }
}
