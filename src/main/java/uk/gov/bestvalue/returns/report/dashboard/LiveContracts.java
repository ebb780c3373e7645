package uk.gov.bestvalue.returns.report.dashboard;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The contracts the dashboards look at for a period: those of each directorate's latest current procurement
 * return of the period or before (a directorate late with this month's return keeps last month's), as R1's match
 * does.
 */
final class LiveContracts {

    private final JdbcClient jdbc;

    LiveContracts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContractRow> of(YearMonth period) {
        return jdbc.sql("""
                SELECT c.contract_fact_id, c.directorate_id, c.contract_reference, c.title, c.supplier_name, c.supplier_key, c.category,
                       c.total_value, c.start_date, c.end_date, c.procurement_route, c.load_batch_id, c.file_name,
                       c.source_sheet, c.source_row
                FROM v_contract_current c
                WHERE c.period = (SELECT MAX(b.period) FROM load_batch b
                                  WHERE b.status = 'CURRENT' AND b.return_type = 'procurement-contracts'
                                    AND b.directorate_id = c.directorate_id AND b.period <= ?)
                ORDER BY c.directorate_id, c.load_batch_id, c.source_sheet, c.source_row""")
                .param(period.toString())
                .query((rs, n) -> new ContractRow(rs.getLong("contract_fact_id"), rs.getString("directorate_id"),
                        rs.getString("contract_reference"), rs.getString("title"), rs.getString("supplier_name"),
                        rs.getString("supplier_key"), rs.getString("category"), rs.getBigDecimal("total_value"),
                        date(rs.getDate("start_date")), date(rs.getDate("end_date")), rs.getString("procurement_route"),
                        new SourceRef(rs.getLong("load_batch_id"), rs.getString("file_name"),
                                rs.getString("source_sheet"), rs.getInt("source_row"))))
                .list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
