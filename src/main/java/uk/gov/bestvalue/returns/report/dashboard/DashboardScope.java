package uk.gov.bestvalue.returns.report.dashboard;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whose figures a dashboard shows: the whole council (no directorate named), or only the directorates named by
 * their ids in {@code owners.yml} (a lead sees their own).
 */
public record DashboardScope(Set<String> directorates) {

    public DashboardScope {
        directorates = Set.copyOf(new TreeSet<>(directorates));
    }

    /** Every directorate, and payments no directorate could be told for. */
    public static DashboardScope councilWide() {
        return new DashboardScope(Set.of());
    }

    /** Only these directorates; none named means council-wide. */
    public static DashboardScope of(Collection<String> directorateIds) {
        return new DashboardScope(Set.copyOf(directorateIds));
    }

    public boolean isCouncilWide() {
        return directorates.isEmpty();
    }

    /** Whether a row of this directorate (null: not told) is in scope. */
    public boolean includes(String directorateId) {
        return isCouncilWide() || directorateId != null && directorates.contains(directorateId);
    }
}
