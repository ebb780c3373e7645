package uk.gov.bestvalue.returns.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.returns.procurement.SupplierKey;

/**
 * The contracts and grants a period's payments are matched against: for each directorate, those of its latest
 * current return of the period or before (a directorate late with this month's return keeps last month's).
 */
public final class CandidateQueries {

    private static final String LATEST = "%s.period = (SELECT MAX(b.period) FROM load_batch b WHERE b.status = 'CURRENT' "
            + "AND b.return_type = '%s' AND b.directorate_id = %s.directorate_id AND b.period <= ?)";

    private final JdbcClient jdbc;

    public CandidateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The live contracts of the period. */
    public List<Candidate> contracts(String period) {
        return jdbc.sql("SELECT c.contract_fact_id, c.load_batch_id, c.source_sheet, c.source_row, c.directorate_id, "
                        + "c.contract_reference, c.supplier_name, c.supplier_key, c.start_date, c.end_date, c.total_value "
                        + "FROM v_contract_current c WHERE " + LATEST.formatted("c", "procurement-contracts", "c"))
                .param(period)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), companyKey(rs.getString(8)),
                        nameKey(rs.getString(7)), date(rs, 9), date(rs, 10), rs.getBigDecimal(11)))
                .list();
    }

    /** The current grants of the period; a grant payment may fall at any date (R3 checks the agreement). */
    public List<Candidate> grants(String period) {
        return jdbc.sql("SELECT g.grant_fact_id, g.load_batch_id, g.source_sheet, g.source_row, g.directorate_id, "
                        + "g.grant_reference, g.recipient_name, g.recipient_company_number, g.amount_awarded "
                        + "FROM v_grant_current g WHERE " + LATEST.formatted("g", "grant-agreements", "g"))
                .param(period)
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), rs.getString(6), rs.getString(7),
                        companyKey(SupplierKey.of(null, rs.getString(8))), nameKey(rs.getString(7)), null, null,
                        rs.getBigDecimal(9)))
                .list();
    }

    private static String companyKey(String supplierKey) {
        return supplierKey != null && supplierKey.startsWith("ch:") ? supplierKey : null;
    }

    private static String nameKey(String name) {
        return name == null ? null : SupplierKey.normalisedName(name);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
