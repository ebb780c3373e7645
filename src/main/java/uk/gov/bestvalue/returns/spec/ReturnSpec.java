package uk.gov.bestvalue.returns.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.keys.ColumnTitles;

/**
 * A return type as data: its id, where its rows are, its fields and the warehouse table they load into.
 *
 * @param sheets the sheet names searched first for the header
 * @param table  the warehouse fact table of the return's items
 * @param item   what one row is called in messages, e.g. "contract"
 * @param kind   {@code return} (a directorate's monthly return: it names its directorate and month, and
 *               replaces the earlier one for them) or {@code ledger} (a finance system export: it may span
 *               months, comes from {@code defaultDirectorate}, and replaces only a file of the same name)
 * @param defaultDirectorate the directorate a file is from when it does not say (ledgers: finance)
 * @param pins   the council's own column titles (normalised by {@link ColumnTitles#normalise}) pinned to a field's
 *               name, or to "" for a column never to be read; from {@code jobs/column-pins.yml}
 */
public record ReturnSpec(String id, String title, List<String> sheets, String table, String item,
                         List<FieldSpec> fields, String kind, String defaultDirectorate, Map<String, String> pins) {

    public ReturnSpec {
        sheets = sheets == null ? List.of() : List.copyOf(sheets);
        fields = List.copyOf(fields);
        kind = kind == null ? "return" : kind;
        pins = pins == null ? Map.of() : Map.copyOf(pins);
    }

    /** The same spec with a council's pinned titles (title as written, field name or empty). */
    public ReturnSpec withPins(Map<String, String> titles) {
        Map<String, String> normalised = new HashMap<>();
        titles.forEach((title, field) -> {
            if (field != null && !field.isEmpty()) {
                field(field); // a pin to a field the return lacks is a configuration error: fail at start-up
            }
            normalised.put(ColumnTitles.normalise(title), field == null ? "" : field);
        });
        return new ReturnSpec(id, title, sheets, table, item, fields, kind, defaultDirectorate, normalised);
    }

    /** A finance system export rather than a directorate's return. */
    public boolean isLedger() {
        return "ledger".equals(kind);
    }

    /** The position of a field in {@link #fields()}, or -1. */
    public int indexOf(String fieldName) {
        // the rules ask by literal, and field names are interned: an identity pass finds them without comparing text
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name() == fieldName) {
                return i;
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(fieldName)) {
                return i;
            }
        }
        return -1;
    }

    /** The field named, failing loudly on a typo in code. */
    public FieldSpec field(String fieldName) {
        int index = indexOf(fieldName);
        if (index < 0) {
            throw new IllegalArgumentException("Return " + id + " has no field " + fieldName);
        }
        return fields.get(index);
    }

    /** The fields that must be present as columns and filled on each row. */
    public List<FieldSpec> requiredFields() {
        return fields.stream().filter(FieldSpec::required).toList();
    }

    /** Why a file none of whose rows can be loaded is rejected, for its owner. */
    public String nothingLoadable(int rowsRead) {
        return "None of the " + rowsRead + " " + item + " rows can be loaded: each lacks a value it must have or has "
                + "one that cannot be read (see the findings). Correct them and send the file again.";
    }

    /**
     * Why a file none of whose rows can be loaded is rejected when a column it must read holds no readable value:
     * the columns named, e.g. {@code A 'Date'}, rather than every row.
     */
    public String nothingLoadable(int rowsRead, List<String> unusableColumns) {
        if (unusableColumns.isEmpty()) {
            return nothingLoadable(rowsRead);
        }
        return "None of the " + rowsRead + " " + item + " rows can be loaded: no value in column "
                + String.join(", nor in column ", unusableColumns) + " could be read, and every " + item
                + " needs one (see the findings). Correct the column and send the file again.";
    }

    /** The field that identifies an item within a return, if the spec marks one. */
    public FieldSpec keyField() {
        return fields.stream().filter(FieldSpec::key).findFirst().orElse(null);
    }
}
