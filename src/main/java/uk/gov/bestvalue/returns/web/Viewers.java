package uk.gov.bestvalue.returns.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.server.ResponseStatusException;

import uk.gov.bestvalue.returns.access.Role;
import uk.gov.bestvalue.returns.access.Viewer;

/** The {@link Viewer} a signed-in request stands for, and the refusal of what they may not see. */
final class Viewers {

    /** The authority prefix naming a directorate a lead leads. */
    static final String DIRECTORATE = "DIRECTORATE_";

    private Viewers() {
    }

    static Viewer of(Authentication authentication) {
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        return new Viewer(authentication.getName(), authorities.contains("ROLE_" + Role.PROGRAMME_OFFICE.name()),
                authorities.stream().filter(a -> a.startsWith(DIRECTORATE)).map(a -> a.substring(DIRECTORATE.length()))
                        .collect(Collectors.toSet()));
    }

    /** 403 unless the viewer may see that directorate's data (null: a file nobody could place). */
    static void requireMaySee(Viewer viewer, String directorateId) {
        if (!viewer.maySee(directorateId)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This is another directorate's data.");
        }
    }
}
