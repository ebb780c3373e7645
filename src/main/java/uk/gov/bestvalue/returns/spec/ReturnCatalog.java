package uk.gov.bestvalue.returns.spec;

import java.util.List;
import java.util.Optional;

import uk.gov.bestvalue.returns.JobDefinitions;

/** Every return type the council collects, as defined in {@code jobs/returns/*.yml}. */
public final class ReturnCatalog {

    private final List<ReturnSpec> specs;

    public ReturnCatalog(List<ReturnSpec> specs) {
        if (specs.isEmpty()) {
            throw new IllegalStateException("No return specifications found in jobs/returns/");
        }
        this.specs = List.copyOf(specs);
    }

    /** Loads the specifications from the job definitions. */
    public static ReturnCatalog load(JobDefinitions definitions) {
        return new ReturnCatalog(definitions.readAll("returns", ReturnSpec.class));
    }

    public List<ReturnSpec> specs() {
        return specs;
    }

    /** The specification with this id. */
    public Optional<ReturnSpec> byId(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
