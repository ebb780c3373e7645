package uk.gov.bestvalue.returns.returntypes.grants;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.returntypes.CrossCheckContext;
import uk.gov.bestvalue.returns.returntypes.Dimension;
import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.EnabledRules;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The grant agreements return: grant lines, rules G1-G6, the cross-directorate check G7 and the recipient dimension. */
public class GrantsReturn implements ReturnType<GrantLine> {

    private static final String GROUP = "grants";

    private final RuleSettings settings;

    /** The settings decide whether G7, which runs at publish time, is switched on. */
    public GrantsReturn(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public String specId() {
        return "grant-agreements";
    }

    @Override
    public GrantLine item(ReturnRow row) {
        return GrantLine.of(row);
    }

    @Override
    public List<Rule<GrantLine>> rules(RuleSettings ruleSettings) {
        return EnabledRules.<GrantLine>in(ruleSettings, GROUP)
                .add("G1", G1SignedAgreementRule::new)
                .add("G2", G2PaymentsWithinAwardRule::new)
                .add("G3", G3DecisionRule::new)
                .add("G4", G4SpecificationRule::new)
                .add("G5", () -> new G5MonitoringVisitRule(ruleSettings))
                .add("G6", G6RecipientIdentifiedRule::new)
                .list();
    }

    @Override
    public List<String> derivedColumnNames() {
        return List.of("recipient_key", "purpose_key");
    }

    @Override
    public Map<String, Object> derivedColumns(GrantLine grant) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("recipient_key", grant.recipientKey());
        columns.put("purpose_key", grant.purposeKey());
        return columns;
    }

    @Override
    public List<Finding> crossChecks(CrossCheckContext context) {
        return settings.enabled(GROUP, G7DuplicateFundingCheck.ID) ? new G7DuplicateFundingCheck().check(context) : List.of();
    }

    @Override
    public List<Dimension> dimensions() {
        // the recipient dimension gains the recipients this load names for the first time
        return List.of(new Dimension("recipient",
                List.of("recipient_key", "recipient_name", "charity_number", "company_number", "org_id"),
                List.of("recipient_key", "recipient_name", "recipient_charity_number", "recipient_company_number",
                        "recipient_org_id")));
    }
}
