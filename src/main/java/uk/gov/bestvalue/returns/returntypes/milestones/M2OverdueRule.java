package uk.gov.bestvalue.returns.returntypes.milestones;

import java.time.LocalDate;
import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/**
 * M2: a milestone whose deadline is before the first day of the return's period and is not complete is overdue.
 * A month deadline (Dec-15) reads as its first day, so Dec-15 is overdue from the January return on.
 */
final class M2OverdueRule implements Rule<MilestoneLine> {

    @Override
    public String id() {
        return "M2";
    }

    @Override
    public void check(MilestoneLine line, RuleContext context, List<Finding> findings) {
        LocalDate periodStart = context.period().atDay(1);
        if (line.deadline() == null || line.isComplete() || !line.deadline().isBefore(periodStart)) {
            return;
        }
        findings.add(Finding.on(line.row(), "deadline", id(), Severity.WARNING,
                "Milestone " + line.name() + " was due by " + line.deadlineWording("deadline", line.deadline())
                        + " and is not complete (" + line.status() + ", " + line.percentWording()
                        + "): it is overdue. Complete it, or propose a revised date to the Best Value Board."));
    }
}
