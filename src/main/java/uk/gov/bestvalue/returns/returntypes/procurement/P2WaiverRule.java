package uk.gov.bestvalue.returns.returntypes.procurement;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/** P2: every procurement waiver is on the register whatever its value, with its waiver and approval references. */
final class P2WaiverRule implements Rule<ContractLine> {

    @Override
    public String id() {
        return "P2";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        if (!line.isWaiver()) {
            return;
        }
        require(line, "register_reference", "its central contracts register reference (waivers are registered "
                + "whatever their value)", findings);
        require(line, "waiver_reference", "its waiver reference", findings);
        require(line, "waiver_approval", "its approval reference (who approved the waiver and when)", findings);
    }

    private void require(ContractLine line, String field, String what, List<Finding> findings) {
        if (line.isBlank(field)) {
            findings.add(Finding.on(line.row(), field, id(), Severity.ERROR,
                    line.named() + " was let by waiver (" + line.route() + ") but " + what + " is missing. Enter it."));
        }
    }
}
