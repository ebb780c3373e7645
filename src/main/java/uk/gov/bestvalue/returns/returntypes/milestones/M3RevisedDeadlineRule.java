package uk.gov.bestvalue.returns.returntypes.milestones;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/**
 * M3: a revised deadline (the row gives an original deadline) is later than the original and carries the Best
 * Value Board's approval; a status proposing a revised date names the original deadline.
 */
final class M3RevisedDeadlineRule implements Rule<MilestoneLine> {

    @Override
    public String id() {
        return "M3";
    }

    @Override
    public void check(MilestoneLine line, RuleContext context, List<Finding> findings) {
        if (line.originalDeadline() == null) {
            if (line.category() == MilestoneStatus.REVISED) {
                findings.add(Finding.on(line.row(), "original_deadline", id(), Severity.WARNING,
                        "Milestone " + line.name() + " has the status " + line.status() + " but no original "
                                + "deadline. Enter the deadline the revised date replaces."));
            }
            return;
        }
        String original = line.deadlineWording("original_deadline", line.originalDeadline());
        if (line.deadline() == null) {
            findings.add(Finding.on(line.row(), "deadline", id(), Severity.ERROR,
                    "Milestone " + line.name() + " has an original deadline of " + original + " but no revised "
                            + "deadline. Enter the revised deadline."));
        } else if (!line.deadline().isAfter(line.originalDeadline())) {
            findings.add(Finding.on(line.row(), "deadline", id(), Severity.ERROR,
                    "Milestone " + line.name() + " has a revised deadline of "
                            + line.deadlineWording("deadline", line.deadline()) + ", not later than its original "
                            + "deadline of " + original + ". A revised deadline extends the original: correct one "
                            + "of the two dates."));
        }
        if (line.boardApproval() == null || line.boardApproval().isBlank()) {
            findings.add(Finding.on(line.row(), "board_approval", id(), Severity.WARNING,
                    "Milestone " + line.name() + " has a revised deadline (originally " + original + ") that the "
                            + "Best Value Board has not approved yet. Put the revised date to the Board and enter "
                            + "the meeting and date of its approval."));
        }
    }
}
