package uk.gov.bestvalue.returns.access;

import java.util.Set;

/** Who is looking at the page, and so which directorates' data they may see. */
public record Viewer(String name, boolean programmeOffice, Set<String> directorates) {

    public Viewer {
        directorates = directorates == null ? Set.of() : Set.copyOf(directorates);
    }

    /** The programme office sees every directorate and the files nobody could place; a lead only their own. */
    public boolean maySee(String directorateId) {
        return programmeOffice || directorateId != null && directorates.contains(directorateId);
    }
}
