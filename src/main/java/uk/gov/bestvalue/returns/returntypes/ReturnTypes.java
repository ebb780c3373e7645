package uk.gov.bestvalue.returns.returntypes;

import java.util.List;

/** Every return type the spine knows, found by its spec id. */
public class ReturnTypes {

    private final List<ReturnType<?>> types;

    public ReturnTypes(List<ReturnType<?>> types) {
        this.types = List.copyOf(types);
    }

    /** The return type of a spec, failing when a spec has no Java side (a configuration error). */
    public ReturnType<?> forSpec(String specId) {
        return types.stream().filter(t -> t.specId().equals(specId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No return type is registered for spec " + specId));
    }
}
