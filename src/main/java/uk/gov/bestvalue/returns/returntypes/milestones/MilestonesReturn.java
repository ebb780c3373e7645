package uk.gov.bestvalue.returns.returntypes.milestones;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.returntypes.CrossCheckContext;
import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.EnabledRules;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * The action plan milestones return: one row per milestone, one sheet per plan area; rules M1-M3 on each row,
 * M4 against the previous month at publish, and the KPIs per area refreshed once the load is current.
 */
public class MilestonesReturn implements ReturnType<MilestoneLine> {

    private static final String GROUP = "milestones";

    private final RuleSettings settings;

    public MilestonesReturn(RuleSettings settings) {
        this.settings = settings;
    }

    @Override
    public String specId() {
        return "action-plan-milestones";
    }

    @Override
    public MilestoneLine item(ReturnRow row) {
        return MilestoneLine.of(row);
    }

    @Override
    public List<Rule<MilestoneLine>> rules(RuleSettings settings) {
        return EnabledRules.<MilestoneLine>in(settings, GROUP)
                .add("M1", M1CompleteMeansHundredRule::new)
                .add("M2", M2OverdueRule::new)
                .add("M3", M3RevisedDeadlineRule::new)
                .list();
    }

    @Override
    public List<String> derivedColumnNames() {
        return List.of("milestone_key", "status_category");
    }

    @Override
    public Map<String, Object> derivedColumns(MilestoneLine line) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("milestone_key", line.key());
        columns.put("status_category", line.category().name());
        return columns;
    }

    @Override
    public List<Finding> crossChecks(CrossCheckContext context) {
        return settings.enabled(GROUP, M4PercentNeverFallsCheck.ID) ? new M4PercentNeverFallsCheck().check(context) : List.of();
    }

    @Override
    public void onPublished(CrossCheckContext context) {
        new MilestoneKpis(settings).refresh(context);
    }
}
