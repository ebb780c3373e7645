package uk.gov.bestvalue.returns.spec;

import java.util.List;
import java.util.Map;

/**
 * One field of a return as {@code jobs/returns/*.yml} defines it.
 *
 * @param name           the field's name, also its warehouse column
 * @param required       whether every file must have the column and every row a value in it
 * @param requiredColumn whether every file must have the column, though a row may leave it blank (a ledger's
 *                       supplier: a journal line has none, but a ledger without the column cannot be reconciled)
 * @param key            whether the field identifies an item within a return (unique per return)
 * @param aliases        the column titles it may appear under, compared after {@link ColumnTitles#normalise}
 * @param synonyms       words that mean one of the aliases' words for this field, e.g. {@code supplier: [payee,
 *                       vendor]}: "Payee Name" then reads as "Supplier Name" (see {@link TitleWords})
 * @param exclude        words that keep a title from being read as this field by similarity, e.g. "address"
 *                       for a supplier's name (a listed alias still counts)
 * @param content        what the field's values look like, so that a column whose title says nothing can
 *                       still be recognised by its contents: {@code company-number}, {@code charity-number},
 *                       {@code postcode} or {@code uprn}; null when the values have no telling shape
 * @param fromSheet      whether a file without the column gives the field by its sheet's name (one sheet per
 *                       plan area, say)
 */
public record FieldSpec(String name, FieldType type, boolean required, boolean requiredColumn, boolean key,
                        List<String> aliases, Map<String, List<String>> synonyms, List<String> exclude,
                        String content, boolean fromSheet) {

    public FieldSpec {
        // interned, so that the rules' field names (literals) are found by identity: ReturnSpec.indexOf runs per cell
        name = name == null ? null : name.intern();
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
    }

    /** A title a person reads: the first alias, else the name. */
    public String title() {
        return aliases.isEmpty() ? name : aliases.get(0);
    }

    /** Whether a file without the column cannot be taken as this return. */
    public boolean columnRequired() {
        return required || requiredColumn;
    }
}
