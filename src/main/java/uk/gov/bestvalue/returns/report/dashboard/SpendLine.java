package uk.gov.bestvalue.returns.report.dashboard;

/**
 * One line of a spend table: a directorate (key its id, or {@code unassigned}), a category (key the category as
 * written on the contracts, or {@code none} for spend on no contract) or a supplier (key its
 * {@link uk.gov.bestvalue.returns.keys.SupplierKey}), its name as people read it, and its spend.
 */
public record SpendLine(String key, String name, Spend spend) {
}
