package uk.gov.bestvalue.returns.returntypes.milestones;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/** M1: a milestone is Complete exactly when it is 100% complete ("Complete and Ongoing" counts as complete). */
final class M1CompleteMeansHundredRule implements Rule<MilestoneLine> {

    @Override
    public String id() {
        return "M1";
    }

    @Override
    public void check(MilestoneLine line, RuleContext context, List<Finding> findings) {
        if (line.isComplete() && !line.isFullyDone()) {
            findings.add(Finding.on(line.row(), "percent_complete", id(), Severity.ERROR,
                    "Milestone " + line.name() + " is marked " + line.status() + " but its % complete is "
                            + line.percentWording() + ". A complete milestone is 100% complete: enter 100%, or "
                            + "change its status to show what is still to do."));
        } else if (!line.isComplete() && line.isFullyDone()) {
            findings.add(Finding.on(line.row(), "percent_complete", id(), Severity.ERROR,
                    "Milestone " + line.name() + " is 100% complete but its status is " + line.status()
                            + ". Mark it Complete, or enter the % actually complete."));
        }
    }
}
