package uk.gov.bestvalue.returns.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.bestvalue.returns.keys.SupplierKey;

/**
 * The contracts and grants a period's payments are matched against: for each directorate, those of its latest
 * current return of the period or before (a directorate late with this month's return keeps last month's).
 * The few returns are found first and their items read return by return, in slices of the primary key
 * ({@link KeySlices}): asking, item by item, whether its return is the latest (a correlated subquery per contract)
 * took three times as long at 100,000 contracts.
 */
public final class CandidateQueries {

    /** Each directorate's latest current return of the type, of the period or before. */
    private static final String LATEST_RETURNS = "SELECT b.load_batch_id, b.directorate_id FROM load_batch b "
            + "WHERE b.status = 'CURRENT' AND b.return_type = ? AND b.period = (SELECT MAX(x.period) FROM load_batch x "
            + "WHERE x.status = 'CURRENT' AND x.return_type = b.return_type AND x.directorate_id = b.directorate_id "
            + "AND x.period <= ?) ORDER BY b.load_batch_id";
    private static final String CONTRACT_COLUMNS = "contract_fact_id, source_sheet, source_row, contract_reference, "
            + "supplier_name, supplier_key, start_date, end_date, total_value";
    private static final String GRANT_COLUMNS = "grant_fact_id, source_sheet, source_row, grant_reference, "
            + "recipient_name, recipient_company_number, amount_awarded";

    private final JdbcTemplate jdbc;
    private final KeySlices contractRows;
    private final KeySlices grantRows;

    public CandidateQueries(JdbcTemplate jdbc) {
        this(jdbc, KeySlices.SLICE);
    }

    /** With slices of {@code slice} keys (tests use small ones, to cross many slice boundaries). */
    public CandidateQueries(JdbcTemplate jdbc, int slice) {
        this.jdbc = jdbc;
        this.contractRows = new KeySlices("contract_fact", "contract_fact_id", CONTRACT_COLUMNS, slice);
        this.grantRows = new KeySlices("grant_fact", "grant_fact_id", GRANT_COLUMNS, slice);
    }

    /** A directorate's latest current return. */
    private record LatestReturn(long loadBatchId, String directorateId) {
    }

    /**
     * The returns a period's candidates come from, as {@code contracts:<ids>;grants:<ids>}: a period's match holds
     * while this is unchanged (a return's items never change; a resubmission is a new load batch).
     */
    public String sources(String period) {
        return jdbc.execute((Connection connection) -> "contracts:" + ids(connection, "procurement-contracts", period)
                + ";grants:" + ids(connection, "grant-agreements", period));
    }

    private static String ids(Connection connection, String returnType, String period) throws SQLException {
        return latestReturns(connection, returnType, period).stream().map(r -> Long.toString(r.loadBatchId()))
                .collect(java.util.stream.Collectors.joining(","));
    }

    /** The live contracts of the period. */
    public List<Candidate> contracts(String period) {
        return read(period, "procurement-contracts", contractRows, (rs, latest) -> {
            String supplier = rs.getString("supplier_name");
            return new Candidate(rs.getLong("contract_fact_id"), latest.loadBatchId(), rs.getString("source_sheet"),
                    rs.getInt("source_row"), latest.directorateId(), rs.getString("contract_reference"), supplier,
                    companyKey(rs.getString("supplier_key")), nameKey(supplier),
                    rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                    rs.getBigDecimal("total_value"));
        });
    }

    /** The current grants of the period; a grant payment may fall at any date (R3 checks the agreement). */
    public List<Candidate> grants(String period) {
        return read(period, "grant-agreements", grantRows, (rs, latest) -> {
            String recipient = rs.getString("recipient_name");
            return new Candidate(rs.getLong("grant_fact_id"), latest.loadBatchId(), rs.getString("source_sheet"),
                    rs.getInt("source_row"), latest.directorateId(), rs.getString("grant_reference"), recipient,
                    companyKey(SupplierKey.of(null, rs.getString("recipient_company_number"))), nameKey(recipient),
                    null, null, rs.getBigDecimal("amount_awarded"));
        });
    }

    /** A candidate read by name from a row of a return's items. */
    @FunctionalInterface
    private interface CandidateMapper {
        Candidate map(ResultSet rs, LatestReturn latest) throws SQLException;
    }

    /** The items of each directorate's latest current return of the type, of the period or before. */
    private List<Candidate> read(String period, String returnType, KeySlices rows, CandidateMapper mapper) {
        List<Candidate> candidates = new ArrayList<>();
        return jdbc.execute((Connection connection) -> {
            for (LatestReturn latest : latestReturns(connection, returnType, period)) {
                rows.read(connection, latest.loadBatchId(), rs -> candidates.add(mapper.map(rs, latest)));
            }
            return candidates;
        });
    }

    private static List<LatestReturn> latestReturns(Connection connection, String returnType, String period)
            throws SQLException {
        List<LatestReturn> latest = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(LATEST_RETURNS)) {
            statement.setString(1, returnType);
            statement.setString(2, period);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    latest.add(new LatestReturn(rs.getLong("load_batch_id"), rs.getString("directorate_id")));
                }
            }
        }
        return latest;
    }

    private static String companyKey(String supplierKey) {
        return supplierKey != null && supplierKey.startsWith("ch:") ? supplierKey : null;
    }

    private static String nameKey(String name) {
        return name == null ? null : SupplierKey.normalisedName(name);
    }
}
