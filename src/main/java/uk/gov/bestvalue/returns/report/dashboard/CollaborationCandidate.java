package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A supplier (by company number, else normalised name) or a category that two or more directorates buy from on
 * their live contracts: an opening for a joint procurement. The value and earliest end date are over all of
 * them; the sources are the contract rows within the scope read.
 */
public record CollaborationCandidate(Basis basis, String key, String name, List<String> directorateIds,
                                     List<String> directorates, int contracts, BigDecimal combinedValue,
                                     LocalDate earliestEnd, List<SourceRef> sources) {

    /** What the directorates have in common. */
    public enum Basis {
        SUPPLIER, CATEGORY
    }

    public CollaborationCandidate {
        directorateIds = List.copyOf(directorateIds);
        directorates = List.copyOf(directorates);
        sources = List.copyOf(sources);
    }
}
