package uk.gov.bestvalue.returns.returntypes.grants;

import java.time.LocalDate;
import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/** G3: every award has the reference of a public decision, dated on or before the award. */
final class G3DecisionRule implements Rule<GrantLine> {

    @Override
    public String id() {
        return "G3";
    }

    @Override
    public void check(GrantLine grant, RuleContext context, List<Finding> findings) {
        LocalDate decided = grant.row().date("decision_date");
        if (grant.isBlank("decision_reference")) {
            findings.add(Finding.on(grant.row(), "decision_reference", id(), Severity.ERROR, grant.describe()
                    + " has no decision reference" + grant.columnNote("decision_reference") + ". Every award must "
                    + "rest on a decision taken in public (Cabinet, committee or a published officer decision): "
                    + "enter its reference"
                    + (decided == null ? " and date." : ".")));
        } else if (decided == null) {
            findings.add(Finding.on(grant.row(), "decision_date", id(), Severity.ERROR, grant.describe()
                    + " cites decision " + grant.row().text("decision_reference") + " but not the date of the "
                    + "decision. Enter the date it was taken."));
        } else if (grant.awardDate() != null && decided.isAfter(grant.awardDate())) {
            findings.add(Finding.on(grant.row(), "decision_date", id(), Severity.ERROR, grant.describe()
                    + " was awarded on " + Wording.date(grant.awardDate()) + ", before the decision "
                    + grant.row().text("decision_reference") + " of " + Wording.date(decided)
                    + ". A grant may only be awarded once it has been decided: correct the dates, or refer the award "
                    + "to the Monitoring Officer."));
        }
    }
}
