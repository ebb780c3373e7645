package uk.gov.bestvalue.returns.returntypes.disposals;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * D1: a completed disposal had the Commissioners' prior written consent: a consent reference, and a consent
 * date on or before the completion date.
 */
final class D1PriorWrittenConsentRule implements Rule<DisposalLine> {

    @Override
    public String id() {
        return "D1";
    }

    @Override
    public void check(DisposalLine line, RuleContext context, List<Finding> findings) {
        if (!line.isCompletedBy(context.period())) {
            return;
        }
        String completed = Wording.date(line.completionDate());
        if (!line.hasConsentReference()) {
            findings.add(Finding.on(line.row(), "consent_reference", id(), Severity.ERROR,
                    line.described() + " completed on " + completed + " but has no prior written consent reference. "
                            + "Enter the reference of the written consent given before completion; if there was none, "
                            + "report the disposal to the Monitoring Officer."));
        } else if (line.consentDate() == null) {
            findings.add(Finding.on(line.row(), "consent_date", id(), Severity.ERROR,
                    line.described() + " completed on " + completed + " with consent " + line.consentReference()
                            + " but the consent date is blank. Enter the date the written consent was given."));
        } else if (line.consentDate().isAfter(line.completionDate())) {
            findings.add(Finding.on(line.row(), "consent_date", id(), Severity.ERROR,
                    line.described() + " completed on " + completed + ", before its written consent was given on "
                            + Wording.date(line.consentDate()) + ". Consent must come first: check both dates, and if "
                            + "they are right report the disposal to the Monitoring Officer."));
        }
    }
}
