package uk.gov.bestvalue.returns.report;

import java.util.Comparator;
import java.util.List;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;

/** How the pack names and orders directorates: by their names and in the order of {@code owners.yml}. */
final class Directorates {

    private final OwnersDirectory owners;

    Directorates(OwnersDirectory owners) {
        this.owners = owners;
    }

    /** The directorate's name, or its id when owners.yml does not know it (e.g. "unassigned"). */
    String name(String id) {
        return owners.byId(id).map(Directorate::name).orElse(id);
    }

    List<Directorate> all() {
        return owners.directorates();
    }

    /** Orders directorate ids as owners.yml lists them, unknown ones last by id. */
    Comparator<String> order() {
        List<String> ids = owners.directorates().stream().map(Directorate::id).toList();
        return Comparator.<String>comparingInt(id -> ids.contains(id) ? ids.indexOf(id) : ids.size())
                .thenComparing(Comparator.naturalOrder());
    }
}
