package uk.gov.bestvalue.returns.returntypes.procurement;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/** P4: a declaration of interest is captured for every procurement. */
final class P4DeclarationOfInterestRule implements Rule<ContractLine> {

    @Override
    public String id() {
        return "P4";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        if (!line.row().isYes("declaration_of_interest")) {
            // "N" is an answer, a blank is none: the owner is told which one the file gave
            String said = Boolean.FALSE.equals(line.row().flag("declaration_of_interest"))
                    ? " says no declaration of interest was captured (N)" : " has no declaration of interest recorded";
            findings.add(Finding.on(line.row(), "declaration_of_interest", id(), Severity.ERROR,
                    line.named() + said + ". Capture the declarations from everyone involved in the procurement, "
                            + "then mark it Y."));
        }
    }
}
