package uk.gov.bestvalue.returns.spec;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import uk.gov.bestvalue.returns.config.JobDefinitions;

/** Every return type the council collects, as defined in {@code jobs/returns/*.yml}. */
public final class ReturnCatalog {

    static final String PINS = "column-pins.yml";

    private final List<ReturnSpec> specs;

    public ReturnCatalog(List<ReturnSpec> specs) {
        if (specs.isEmpty()) {
            throw new IllegalStateException("No return specifications found in jobs/returns/");
        }
        this.specs = List.copyOf(specs);
    }

    /** Loads the specifications from the job definitions, with the council's pinned column titles. */
    public static ReturnCatalog load(JobDefinitions definitions) {
        Map<String, Map<String, String>> pins = definitions.exists(PINS)
                ? definitions.read(PINS, ColumnPins.class).pins() : Map.of();
        List<ReturnSpec> specs = definitions.readAll("returns", ReturnSpec.class).stream()
                .map(spec -> spec.withPins(pins.getOrDefault(spec.id(), Map.of())))
                .toList();
        return new ReturnCatalog(specs);
    }

    /** {@code jobs/column-pins.yml}: per return id, a title as the council writes it and the field it is. */
    record ColumnPins(Map<String, Map<String, String>> pins) {
        ColumnPins {
            pins = pins == null ? Map.of() : pins;
        }
    }

    public List<ReturnSpec> specs() {
        return specs;
    }

    /** The specification with this id. */
    public Optional<ReturnSpec> byId(String id) {
        return specs.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
