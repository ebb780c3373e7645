package uk.gov.bestvalue.returns.returntypes.milestones;

import java.util.Locale;

/**
 * What a milestone's status means for the KPIs, from the words the monitoring report uses: Complete, Completed
 * and "Complete and Ongoing" are complete; On Target (On track) on target; Ongoing (On-going) ongoing; any
 * status naming a revised date (Revised Date Proposed) revised; anything else other.
 */
public enum MilestoneStatus {
    COMPLETE, ON_TARGET, ONGOING, REVISED, OTHER;

    /** The category of a status as written. */
    public static MilestoneStatus of(String status) {
        if (status == null) {
            return OTHER;
        }
        String words = status.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
        if (words.startsWith("complete")) {
            return COMPLETE;
        }
        if (words.contains("revised")) {
            return REVISED;
        }
        if (words.startsWith("on target") || words.startsWith("on track")) {
            return ON_TARGET;
        }
        if (words.startsWith("ongoing") || words.startsWith("on going")) {
            return ONGOING;
        }
        return OTHER;
    }
}
