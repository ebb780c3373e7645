package uk.gov.bestvalue.returns.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Collects the rules of a return that {@code rules.yml} switches on. A rule switched off is never built,
 * so it needs none of its settings.
 */
public final class EnabledRules<T> {

    private final RuleSettings settings;
    private final String group;
    private final List<Rule<T>> rules = new ArrayList<>();

    private EnabledRules(RuleSettings settings, String group) {
        this.settings = settings;
        this.group = group;
    }

    /** Rules of a group of {@code rules.yml}, e.g. {@code procurement}. */
    public static <T> EnabledRules<T> in(RuleSettings settings, String group) {
        return new EnabledRules<>(settings, group);
    }

    /** Adds the rule with this id when it is switched on. */
    public EnabledRules<T> add(String id, Supplier<Rule<T>> rule) {
        if (settings.enabled(group, id)) {
            rules.add(rule.get());
        }
        return this;
    }

    /** The rules switched on, in the order added. */
    public List<Rule<T>> list() {
        return List.copyOf(rules);
    }
}
