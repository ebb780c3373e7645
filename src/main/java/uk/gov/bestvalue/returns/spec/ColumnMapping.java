package uk.gov.bestvalue.returns.spec;

import java.util.Locale;

/**
 * How one column of a file was read as a field of the return, kept so that people can see it and correct it.
 *
 * @param column the 0-based column
 * @param title  the column's title as the file has it
 * @param field  the field it was read as
 * @param how    how the mapping was made
 * @param score  the evidence for it, from 0 to 1
 */
public record ColumnMapping(int column, String title, String field, How how, double score) {

    /** How a column came to be read as a field. */
    public enum How {
        /** The title is one the spec lists for the field. */
        ALIAS,
        /** The title's words are close to one the spec lists (synonyms, word order, abbreviations). */
        SIMILAR,
        /** The title says nothing, but the values have the field's telling shape (a company number, say). */
        CONTENT,
        /** The council pinned the title to the field in {@code jobs/column-pins.yml}. */
        CONFIGURED;

        /** The lower-case word used in JSON and messages. */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether a person should be told of the mapping: it was inferred rather than listed or pinned. */
    public boolean inferred() {
        return how == How.SIMILAR || how == How.CONTENT;
    }
}
