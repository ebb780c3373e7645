package uk.gov.bestvalue.returns.reconcile;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.returns.procurement.SupplierKey;

/**
 * The contracts and grants a period's payments are matched against: for each directorate, those of its latest
 * current return of the period or before (a directorate late with this month's return keeps last month's).
 * The few returns are found first and their items read return by return: asking, item by item, whether its return
 * is the latest (a correlated subquery per contract) took three times as long at 100,000 contracts.
 */
public final class CandidateQueries {

    /** Each directorate's latest current return of the type, of the period or before. */
    private static final String LATEST_RETURNS = "SELECT b.load_batch_id, b.directorate_id FROM load_batch b "
            + "WHERE b.status = 'CURRENT' AND b.return_type = ? AND b.period = (SELECT MAX(x.period) FROM load_batch x "
            + "WHERE x.status = 'CURRENT' AND x.return_type = b.return_type AND x.directorate_id = b.directorate_id "
            + "AND x.period <= ?) ORDER BY b.load_batch_id";
    private static final String CONTRACTS = "SELECT contract_fact_id, source_sheet, source_row, contract_reference, "
            + "supplier_name, supplier_key, start_date, end_date, total_value FROM contract_fact "
            + "WHERE load_batch_id = ? ORDER BY contract_fact_id";
    private static final String GRANTS = "SELECT grant_fact_id, source_sheet, source_row, grant_reference, "
            + "recipient_name, recipient_company_number, amount_awarded FROM grant_fact "
            + "WHERE load_batch_id = ? ORDER BY grant_fact_id";

    private final JdbcClient jdbc;

    public CandidateQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A directorate's latest current return. */
    private record LatestReturn(long loadBatchId, String directorateId) {
    }

    /** The live contracts of the period. */
    public List<Candidate> contracts(String period) {
        List<Candidate> contracts = new ArrayList<>();
        for (LatestReturn latest : latestReturns("procurement-contracts", period)) {
            jdbc.sql(CONTRACTS).param(latest.loadBatchId()).query(rs -> {
                contracts.add(new Candidate(rs.getLong(1), latest.loadBatchId(), rs.getString(2), rs.getInt(3),
                        latest.directorateId(), rs.getString(4), rs.getString(5), companyKey(rs.getString(6)),
                        nameKey(rs.getString(5)), date(rs, 7), date(rs, 8), rs.getBigDecimal(9)));
            });
        }
        return contracts;
    }

    /** The current grants of the period; a grant payment may fall at any date (R3 checks the agreement). */
    public List<Candidate> grants(String period) {
        List<Candidate> grants = new ArrayList<>();
        for (LatestReturn latest : latestReturns("grant-agreements", period)) {
            jdbc.sql(GRANTS).param(latest.loadBatchId()).query(rs -> {
                grants.add(new Candidate(rs.getLong(1), latest.loadBatchId(), rs.getString(2), rs.getInt(3),
                        latest.directorateId(), rs.getString(4), rs.getString(5),
                        companyKey(SupplierKey.of(null, rs.getString(6))), nameKey(rs.getString(5)), null, null,
                        rs.getBigDecimal(7)));
            });
        }
        return grants;
    }

    private List<LatestReturn> latestReturns(String returnType, String period) {
        return jdbc.sql(LATEST_RETURNS).param(returnType).param(period)
                .query((rs, n) -> new LatestReturn(rs.getLong(1), rs.getString(2))).list();
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
