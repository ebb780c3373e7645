package uk.gov.bestvalue.returns.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import uk.gov.bestvalue.returns.config.JobDefinitions;

/** The thresholds, tolerances and on/off switches of {@code jobs/rules.yml}, by return group and rule id. */
public final class RuleSettings {

    private final JsonNode root;

    public RuleSettings(JsonNode root) {
        this.root = root;
    }

    /** Loads {@code rules.yml}. */
    public static RuleSettings load(JobDefinitions definitions) {
        return new RuleSettings(definitions.tree("rules.yml"));
    }

    /** Whether a rule is on; a rule the file does not mention is on. */
    public boolean enabled(String group, String rule) {
        JsonNode enabled = node(group, rule).path("enabled");
        return enabled.isMissingNode() || enabled.asBoolean();
    }

    /** A plain number setting, failing clearly when the file lacks it. */
    public BigDecimal number(String group, String rule, String name) {
        JsonNode value = node(group, rule).path(name);
        if (!value.isValueNode()) {
            throw new IllegalStateException("rules.yml lacks " + group + "." + rule + "." + name);
        }
        return new BigDecimal(value.asString());
    }

    /** A threshold with effective dates. */
    public DatedValues dated(String group, String rule, String name) {
        JsonNode list = node(group, rule).path(name);
        if (!list.isArray()) {
            throw new IllegalStateException("rules.yml lacks the dated list " + group + "." + rule + "." + name);
        }
        List<DatedValues.DatedValue> values = new ArrayList<>();
        for (JsonNode entry : list) {
            values.add(new DatedValues.DatedValue(LocalDate.parse(entry.path("from").asString()),
                    new BigDecimal(entry.path("value").asString())));
        }
        return new DatedValues(values);
    }

    /**
     * A rule's title in rules.yml, the one line a reader of a report needs, e.g. P3's "Procurement over the
     * e-tendering threshold goes through the e-tendering portal"; looked up in every group; null when it has none.
     */
    public String title(String rule) {
        for (JsonNode group : root) {
            JsonNode title = group.path(rule).path("title");
            if (title.isValueNode()) {
                return title.asString();
            }
        }
        return null;
    }

    private JsonNode node(String group, String rule) {
        return root.path(group).path(rule);
    }
}
