package uk.gov.bestvalue.returns.rules;

import java.util.List;

/** A plan rule applied to each item of a return; adds a finding for each breach. */
public interface Rule<T> {

    /** The rule's id in docs/rules.md and rules.yml, e.g. {@code P1}. */
    String id();

    /** Checks one item, adding a finding to {@code findings} for each breach. */
    void check(T item, RuleContext context, List<Finding> findings);
}
