package uk.gov.bestvalue.returns.returntypes.disposals;

import java.time.LocalDate;
import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * D4: the valuation is no older than 12 months at consent (at completion when there is no consent date).
 * A disposal with neither date yet is not checked: the valuation can still be refreshed before consent.
 */
final class D4ValuationAgeRule implements Rule<DisposalLine> {

    private final int maxAgeMonths;

    D4ValuationAgeRule(RuleSettings settings) {
        this.maxAgeMonths = settings.number("disposals", "D4", "max-age-months").intValue();
    }

    @Override
    public String id() {
        return "D4";
    }

    @Override
    public void check(DisposalLine line, RuleContext context, List<Finding> findings) {
        boolean atConsent = line.consentDate() != null;
        LocalDate decided = atConsent ? line.consentDate() : line.completionDate();
        if (decided == null) {
            return;
        }
        String when = (atConsent ? "consent on " : "completion on ") + Wording.date(decided);
        if (line.valuationDate() == null) {
            findings.add(Finding.on(line.row(), "valuation_date", id(), Severity.ERROR,
                    line.described() + " has no valuation date, so it cannot show the valuation was current at "
                            + when + ". Enter the date of the valuation."));
        } else if (line.valuationDate().plusMonths(maxAgeMonths).isBefore(decided)) {
            findings.add(Finding.on(line.row(), "valuation_date", id(), Severity.ERROR,
                    line.described() + " was valued on " + Wording.date(line.valuationDate()) + ", more than "
                            + maxAgeMonths + " months before " + when + ". Obtain an updated valuation, or enter the "
                            + "date of the one that was relied on."));
        }
    }
}
