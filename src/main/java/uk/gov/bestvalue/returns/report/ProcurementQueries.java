package uk.gov.bestvalue.returns.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.report.PackData.OffContractRow;
import uk.gov.bestvalue.returns.report.PackData.ProcurementRow;
import uk.gov.bestvalue.returns.returntypes.procurement.ContractLine;
import uk.gov.bestvalue.returns.rules.DatedValues;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * The procurement KPIs of a period: per directorate the contracts on its return, their value, those on the central
 * register, waivers, the share let through the e-tendering portal of those P3 says must be (over the dated threshold
 * of rules.yml, waivers aside) and the London Living Wage share of applicable contracts (P5); and R1's off-contract
 * spend from the monthly run.
 */
final class ProcurementQueries {

    private final JdbcClient jdbc;
    private final Directorates directorates;
    private final DatedValues etenderingThreshold;

    ProcurementQueries(JdbcClient jdbc, Directorates directorates, RuleSettings rules) {
        this.jdbc = jdbc;
        this.directorates = directorates;
        this.etenderingThreshold = rules.dated("procurement", "P3", "etendering-threshold");
    }

    /** Counts accumulated over one directorate's contracts, streamed row by row. */
    private static final class Tally {
        int contracts;
        BigDecimal value = BigDecimal.ZERO;
        int onRegister;
        int waivers;
        int due;
        int etendered;
        int llwApplicable;
        int llwIncluded;
    }

    List<ProcurementRow> procurement(YearMonth period) {
        Map<String, Tally> tallies = new TreeMap<>(directorates.order());
        jdbc.sql("""
                SELECT directorate_id, total_value, start_date, procurement_route, register_reference,
                       etender_reference, llw_applicable, llw_included
                FROM v_contract_current WHERE period = ?""")
                .param(period.toString())
                .query(rs -> {
                    Tally t = tallies.computeIfAbsent(rs.getString("directorate_id"), d -> new Tally());
                    BigDecimal value = rs.getBigDecimal("total_value");
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    t.contracts++;
                    t.value = value == null ? t.value : t.value.add(value);
                    t.onRegister += present(rs.getString("register_reference")) ? 1 : 0;
                    // the rules' own reading of a route as a waiver
                    if (ContractLine.isWaiver(rs.getString("procurement_route"))) {
                        t.waivers++;
                    } else if (value != null
                            && value.compareTo(etenderingThreshold.on(start != null ? start : period.atDay(1))) > 0) {
                        t.due++;
                        t.etendered += present(rs.getString("etender_reference")) ? 1 : 0;
                    }
                    if (rs.getBoolean("llw_applicable")) {
                        t.llwApplicable++;
                        t.llwIncluded += rs.getBoolean("llw_included") ? 1 : 0;
                    }
                });
        List<ProcurementRow> rows = new ArrayList<>();
        tallies.forEach((id, t) -> rows.add(new ProcurementRow(directorates.name(id), t.contracts, t.value,
                t.onRegister, t.waivers, t.due, t.etendered, t.llwApplicable, t.llwIncluded)));
        return rows;
    }

    /** R1's KPI per directorate, as the monthly run stored it with its RAG status. */
    List<OffContractRow> offContract(YearMonth period) {
        List<OffContractRow> rows = new ArrayList<>(jdbc.sql("""
                SELECT directorate_id, payments, spend, off_contract_payments, off_contract_spend, off_contract_share,
                       status
                FROM v_reconciliation_kpi WHERE period = ?""")
                .param(period.toString())
                .query((rs, n) -> new OffContractRow(rs.getString("directorate_id"), rs.getInt("payments"),
                        rs.getBigDecimal("spend"), rs.getInt("off_contract_payments"),
                        rs.getBigDecimal("off_contract_spend"), rs.getBigDecimal("off_contract_share"),
                        rs.getString("status")))
                .list());
        rows.sort((a, b) -> directorates.order().compare(a.directorate(), b.directorate()));
        return rows.stream().map(r -> new OffContractRow(directorates.name(r.directorate()), r.payments(), r.spend(),
                r.offPayments(), r.offSpend(), r.share(), r.status())).toList();
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }
}
