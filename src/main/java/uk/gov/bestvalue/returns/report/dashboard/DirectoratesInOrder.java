package uk.gov.bestvalue.returns.report.dashboard;

import java.util.Comparator;
import java.util.List;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;

/** Directorates as the dashboards name and order them: by their names, in the order of {@code owners.yml}. */
final class DirectoratesInOrder {

    /** Payments whose directorate neither the ledger nor the contract tells. */
    static final String UNASSIGNED = "unassigned";

    private final List<String> ids;
    private final OwnersDirectory owners;

    DirectoratesInOrder(OwnersDirectory owners) {
        this.owners = owners;
        this.ids = owners.directorates().stream().map(Directorate::id).toList();
    }

    String name(String id) {
        return UNASSIGNED.equals(id) ? "Not told" : owners.byId(id).map(Directorate::name).orElse(id);
    }

    /** owners.yml's order; ids it does not know last, by id. */
    Comparator<String> order() {
        return Comparator.<String>comparingInt(id -> ids.contains(id) ? ids.indexOf(id) : ids.size())
                .thenComparing(Comparator.naturalOrder());
    }
}
