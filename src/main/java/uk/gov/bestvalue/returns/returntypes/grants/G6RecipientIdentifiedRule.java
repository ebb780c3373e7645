package uk.gov.bestvalue.returns.returntypes.grants;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.Severity;

/**
 * G6: the recipient is identified by a registered charity or Companies House number, or by a 360Giving
 * organisation identifier built from one ({@code GB-CHC-…}, {@code GB-COH-…}).
 */
final class G6RecipientIdentifiedRule implements Rule<GrantLine> {

    @Override
    public String id() {
        return "G6";
    }

    @Override
    public void check(GrantLine grant, RuleContext context, List<Finding> findings) {
        if (!grant.isBlank("recipient_charity_number") || !grant.isBlank("recipient_company_number")
                || RecipientKey.isRegisteredOrgId(grant.orgId())) {
            return;
        }
        findings.add(Finding.on(grant.row(), "recipient_charity_number", id(), Severity.ERROR, grant.describe()
                + " does not identify the recipient by a charity or company number. Enter its registered charity "
                + "number or Companies House number; an unregistered group must be checked by the grants team "
                + "(constitution and bank account) before it is paid."));
    }
}
