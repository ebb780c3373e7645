package uk.gov.bestvalue.returns.rules;

import java.time.YearMonth;

/**
 * What a rule may know beyond the item: the return's period, the settings in {@code rules.yml}, and the
 * keys already seen in this return (for uniqueness).
 */
public record RuleContext(YearMonth period, RuleSettings settings, KeyTracker keys) {
}
