package uk.gov.bestvalue.returns.directory;

import java.util.List;

/** A directorate of the council: who it is, the names it goes by, and who owns its returns' data. */
public record Directorate(String id, String name, List<String> aliases, List<String> owners) {

    public Directorate {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        owners = owners == null ? List.of() : List.copyOf(owners);
    }
}
