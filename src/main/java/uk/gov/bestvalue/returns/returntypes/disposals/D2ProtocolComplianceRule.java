package uk.gov.bestvalue.returns.returntypes.disposals;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/** D2: each disposal confirms compliance with the revised disposals and lettings protocol (Y). */
final class D2ProtocolComplianceRule implements Rule<DisposalLine> {

    @Override
    public String id() {
        return "D2";
    }

    @Override
    public void check(DisposalLine line, RuleContext context, List<Finding> findings) {
        if (line.row().isYes("protocol_compliance")) {
            return;
        }
        String said = line.row().flag("protocol_compliance") == null ? "does not confirm" : "says No to";
        findings.add(Finding.on(line.row(), "protocol_compliance", id(), Severity.ERROR,
                line.described() + " " + said + " compliance with the disposals and lettings protocol (adopted by "
                        + "Cabinet in April 2015). Confirm it with Y once the protocol's steps are done, or explain the "
                        + "departure to Asset Management."));
    }
}
