package uk.gov.bestvalue.returns.returntypes.procurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import uk.gov.bestvalue.returns.rules.ReturnRow;

/** One contract on a procurement contracts return, with the typed row it came from (for its cells). */
public record ContractLine(ReturnRow row, String reference, String supplierName, String companyNumber,
                           BigDecimal totalValue, LocalDate startDate, LocalDate endDate, String route,
                           String category) {

    private static final java.util.regex.Pattern WORKS = java.util.regex.Pattern.compile("(?i)(?<![a-z])works(?![a-z])");

    /** Reads the fields the rules and the warehouse use from a typed row. */
    public static ContractLine of(ReturnRow row) {
        return new ContractLine(row, row.text("contract_reference"), row.text("supplier_name"),
                row.text("supplier_company_number"), row.money("total_value"), row.date("start_date"),
                row.date("end_date"), row.text("procurement_route"), row.text("category"));
    }

    /** A waiver or direct award: procurement without competition. */
    public boolean isWaiver() {
        return isWaiver(route);
    }

    /** Whether a route, as a return writes it, is a waiver or direct award (for readers of the warehouse). */
    public static boolean isWaiver(String route) {
        if (route == null) {
            return false;
        }
        String lower = route.toLowerCase(Locale.ROOT);
        return lower.contains("waiver") || lower.contains("direct award") || lower.contains("single tender");
    }

    /** Works contracts have their own, higher public procurement threshold. */
    public boolean isWorks() {
        // a whole word: "ICT networks" and "Frameworks" are not works
        return category != null && WORKS.matcher(category).find();
    }

    /** How messages name the contract: "Contract C-101", or by its row when the reference is blank. */
    public String named() {
        return reference == null || reference.isBlank() ? "The contract on row " + row.rowNumber() + " (no reference)"
                : "Contract " + reference;
    }

    /** Whether a text field is blank on this row. */
    public boolean isBlank(String field) {
        String text = row.text(field);
        return text == null || text.isBlank();
    }
}
