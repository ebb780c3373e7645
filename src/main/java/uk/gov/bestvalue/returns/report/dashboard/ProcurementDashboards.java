package uk.gov.bestvalue.returns.report.dashboard;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.report.dashboard.ContractDashboards.Threshold;
import uk.gov.bestvalue.returns.rules.DatedValues;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** Reads the directorate procurement dashboards of a period, council-wide or for some directorates, from the warehouse. */
@Component
public class ProcurementDashboards {

    private final TransactionTemplate readOnly;
    private final LiveContracts contracts;
    private final PaidLines paid;
    private final DirectoratesInOrder directorates;
    private final SpendTables spend;
    private final DatedValues registerThreshold;
    private final DatedValues etenderingThreshold;

    public ProcurementDashboards(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions,
                                 RuleSettings rules, ReconcileSettings reconcile, OwnersDirectory owners) {
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.contracts = new LiveContracts(jdbc);
        this.paid = new PaidLines(jdbc, template, reconcile, owners);
        this.directorates = new DirectoratesInOrder(owners);
        this.spend = new SpendTables(directorates);
        this.registerThreshold = rules.dated("procurement", "P1", "register-threshold");
        this.etenderingThreshold = rules.dated("procurement", "P3", "etendering-threshold");
    }

    /**
     * The dashboards of a month for a scope, in one read-only transaction so that its figures agree (joining the
     * caller's transaction when there is one).
     */
    public Dashboards read(YearMonth period, DashboardScope scope) {
        return readOnly.execute(status -> dashboards(Rows.read(period, contracts, paid), scope));
    }

    /** The dashboards of a month council-wide and for each directorate that has contracts or payments in it. */
    public DashboardSet readAll(YearMonth period) {
        return readOnly.execute(status -> {
            Rows rows = Rows.read(period, contracts, paid);
            TreeSet<String> ids = new TreeSet<>(directorates.order());
            rows.contracts().forEach(c -> ids.add(c.directorateId()));
            rows.quarterToDate().forEach(l -> ids.add(l.directorateId()));
            ids.remove(DirectoratesInOrder.UNASSIGNED);
            Map<String, Dashboards> byDirectorate = new LinkedHashMap<>();
            for (String id : ids) {
                byDirectorate.put(id, dashboards(rows, DashboardScope.of(List.of(id))));
            }
            return new DashboardSet(dashboards(rows, DashboardScope.councilWide()), byDirectorate);
        });
    }

    /** What the dashboards are made of: the live contracts and the quarter's paid lines up to the period. */
    private record Rows(YearMonth period, Quarter quarter, List<ContractRow> contracts, List<PaidLine> quarterToDate,
                        List<PaidLine> month) {

        static Rows read(YearMonth period, LiveContracts contracts, PaidLines paid) {
            Quarter quarter = Quarter.of(period);
            List<PaidLine> quarterLines = new java.util.ArrayList<>();
            List<PaidLine> monthLines = List.of();
            for (YearMonth m = quarter.firstMonth(); !m.isAfter(period); m = m.plusMonths(1)) {
                monthLines = paid.of(m);
                quarterLines.addAll(monthLines);
            }
            return new Rows(period, quarter, contracts.of(period), quarterLines, monthLines);
        }
    }

    private Dashboards dashboards(Rows rows, DashboardScope scope) {
        YearMonth period = rows.period();
        ContractDashboards tables = new ContractDashboards(rows.contracts(), period, scope, directorates);
        return new Dashboards(period, rows.quarter(), scope,
                spend.of(period, period, inScope(rows.month(), scope)),
                spend.of(rows.quarter().firstMonth(), period, inScope(rows.quarterToDate(), scope)),
                tables.expiring(), tables.collaboration(), tables.splitProcurement(thresholds(period)), tables.waivers());
    }

    private static List<PaidLine> inScope(List<PaidLine> lines, DashboardScope scope) {
        return lines.stream().filter(l -> scope.includes(l.directorateId())).toList();
    }

    /** P1's register threshold is reached at its amount; P3's e-tendering one only above it (rules.yml). */
    private List<Threshold> thresholds(YearMonth period) {
        return List.of(new Threshold("P1", registerThreshold.on(period.atEndOfMonth()), true),
                new Threshold("P3", etenderingThreshold.on(period.atEndOfMonth()), false));
    }
}
