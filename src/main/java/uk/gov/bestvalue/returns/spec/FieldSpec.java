package uk.gov.bestvalue.returns.spec;

import java.util.List;

/**
 * One field of a return as {@code jobs/returns/*.yml} defines it.
 *
 * @param name     the field's name, also its warehouse column
 * @param key      whether the field identifies an item within a return (unique per return)
 * @param aliases  the column titles it may appear under, compared after {@link ColumnTitles#normalise}
 * @param fromSheet whether a file without the column gives the field by its sheet's name (one sheet per
 *                  plan area, say)
 */
public record FieldSpec(String name, FieldType type, boolean required, boolean key, List<String> aliases,
                        boolean fromSheet) {

    public FieldSpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    /** A title a person reads: the first alias, else the name. */
    public String title() {
        return aliases.isEmpty() ? name : aliases.get(0);
    }
}
