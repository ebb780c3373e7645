package uk.gov.bestvalue.returns.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import uk.gov.bestvalue.returns.access.Viewer;

/** Puts who is signed in on every page, for the header and for what the page offers them. */
@ControllerAdvice
@ConditionalOnWebApplication
class SignedInViewer {

    @ModelAttribute("viewer")
    Viewer viewer(Authentication signedIn) {
        return signedIn == null || signedIn instanceof AnonymousAuthenticationToken ? null : Viewers.of(signedIn);
    }
}
