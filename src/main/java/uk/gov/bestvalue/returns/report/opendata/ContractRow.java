package uk.gov.bestvalue.returns.report.opendata;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * One current contract as the Transparency Code's "contracts over £5,000" dataset publishes it, with the cell it came
 * from (kept for the internal lineage file, never published).
 */
record ContractRow(String reference, String title, String department, String description, String supplierName,
                   String companyNumber, String charityNumber, String totalValue, String annualValue,
                   String irrecoverableVat, String startDate, String endDate, String reviewDate, String route,
                   String tenderRoute, String sme, String vcse, SourceRow source) {

    /** The Code's fields, in the order the published file gives them. */
    static final List<String> HEADER = List.of("Reference Number", "Title of Agreement", "Department Responsible",
            "Description of Goods and/or Services", "Supplier Name", "Supplier Registered Company Number",
            "Supplier Charity Number", "Sum to be Paid over the Length of the Contract", "Estimated Annual Value",
            "VAT that Cannot be Recovered", "Start Date", "End Date", "Review Date", "Procurement Route",
            "Result of Invitation to Quote or Published Invitation to Tender", "SME", "VCSE");

    /** The row of a query over v_contract_current; charity numbers are looked up by company number. */
    static ContractRow of(ResultSet rs, Map<String, String> charityByCompany) throws SQLException {
        String company = GivingIdentifiers.companyNumber(rs.getString("supplier_company_number"), null);
        String category = rs.getString("category");
        String title = rs.getString("title");
        String route = rs.getString("procurement_route");
        String directorateName = rs.getString("directorate_name");
        return new ContractRow(rs.getString("contract_reference"), title,
                directorateName != null ? directorateName : rs.getString("directorate_id"),
                category == null || category.isBlank() ? title : category.trim() + ": " + title,
                rs.getString("supplier_name"), blank(company),
                company == null ? "" : charityByCompany.getOrDefault(company, ""),
                money(rs.getBigDecimal("total_value")), money(rs.getBigDecimal("annual_value")),
                "", date(rs.getDate("start_date")), date(rs.getDate("end_date")), date(rs.getDate("review_date")),
                blank(route), TenderRoute.of(route), flag(rs, "sme"), flag(rs, "vcse"),
                SourceRow.of(rs));
    }

    /** The published fields, in the Code's order; a field the return left empty is published empty. */
    List<String> fields() {
        return java.util.stream.Stream.of(reference, title, department, description, supplierName, companyNumber,
                        charityNumber, totalValue, annualValue, irrecoverableVat, startDate, endDate, reviewDate, route,
                        tenderRoute, sme, vcse)
                .map(field -> field == null ? "" : field).toList();
    }

    /** A plain number with two decimals: no currency sign, no thousands separator. */
    static String money(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String date(Date date) {
        return date == null ? "" : date.toLocalDate().toString();
    }

    private static String flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? "" : value ? "Yes" : "No";
    }

    private static String blank(String text) {
        return text == null ? "" : text;
    }
}
