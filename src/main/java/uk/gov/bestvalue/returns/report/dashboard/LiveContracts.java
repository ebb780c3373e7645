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
                .query((rs, n) -> new ContractRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getBigDecimal(8), date(rs.getDate(9)),
                        date(rs.getDate(10)), rs.getString(11),
                        new SourceRef(rs.getLong(12), rs.getString(13), rs.getString(14), rs.getInt(15))))
                .list();
    }

    private static LocalDate date(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
