package uk.gov.bestvalue.returns.returntypes;

import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * What a return type adds to the spine beyond its spec: its item record, its plan rules, and the
 * warehouse columns and SQL that go beyond the spec's fields.
 */
public interface ReturnType<T> {

    /** The id of its spec in {@code jobs/returns/}. */
    String specId();

    /** The item a typed row stands for. */
    T item(ReturnRow row);

    /** The plan rules that are switched on in the settings. */
    List<Rule<T>> rules(RuleSettings settings);

    /** Extra fact columns computed from the item (e.g. a matching key), by column name. */
    default Map<String, Object> derivedColumns(T item) {
        return Map.of();
    }

    /** The names of {@link #derivedColumns}, in a fixed order. */
    default List<String> derivedColumnNames() {
        return List.of();
    }

    /**
     * Rules that compare the load with other returns in the warehouse (another directorate's, or the
     * previous month's); run when the load is published, in its transaction. {@code check} does not run them.
     */
    default List<Finding> crossChecks(CrossCheckContext context) {
        return List.of();
    }

    /**
     * Work done once the load is current, in the publish transaction: e.g. refreshing a KPI table that
     * needs settings from {@code rules.yml} (SQL views cannot read them).
     */
    default void onPublished(CrossCheckContext context) {
    }

    /**
     * Dimensions the load's rows add to chunk by chunk, in each chunk's transaction (rather than at publish, which
     * would read the whole load back): e.g. the suppliers a load names for the first time.
     */
    default List<Dimension> dimensions() {
        return List.of();
    }

    /** Statements run when a load is published, each with the load batch id as its only parameter. */
    default List<String> publishStatements() {
        return List.of();
    }
}
