package uk.gov.bestvalue.returns.reconcile;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;

/** Which directorate a finance system's department name stands for (owners.yml names and aliases), cached. */
public final class DirectorateNames {

    private static final String NONE = "";

    private final OwnersDirectory owners;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public DirectorateNames(OwnersDirectory owners) {
        this.owners = owners;
    }

    /** The directorate id, or null when the name is blank or names no directorate. */
    public String of(String department) {
        if (department == null || department.isBlank()) {
            return null;
        }
        String id = cache.computeIfAbsent(department, d -> owners.resolve(d)
                .or(() -> owners.findInFileName(d)).map(Directorate::id).orElse(NONE));
        return id.isEmpty() ? null : id;
    }

    /** The directorate itself. */
    public Optional<Directorate> directorate(String id) {
        return id == null ? Optional.empty() : owners.byId(id);
    }
}
