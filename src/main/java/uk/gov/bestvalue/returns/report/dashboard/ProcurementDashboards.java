package uk.gov.bestvalue.returns.report.dashboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

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

    /** The dashboards of a month for a scope, in one read-only transaction so that its figures agree. */
    public Dashboards read(YearMonth period, DashboardScope scope) {
        return readOnly.execute(status -> {
            Quarter quarter = Quarter.of(period);
            List<PaidLine> quarterLines = new ArrayList<>();
            List<PaidLine> monthLines = List.of();
            for (YearMonth m = quarter.firstMonth(); !m.isAfter(period); m = m.plusMonths(1)) {
                List<PaidLine> lines = paid.of(m).stream().filter(l -> scope.includes(l.directorateId())).toList();
                quarterLines.addAll(lines);
                monthLines = lines;
            }
            ContractDashboards tables = new ContractDashboards(contracts.of(period), period, scope, directorates);
            return new Dashboards(period, quarter, scope, spend.of(period, period, monthLines),
                    spend.of(quarter.firstMonth(), period, quarterLines), tables.expiring(), tables.collaboration(),
                    tables.splitProcurement(thresholds(period)), tables.waivers());
        });
    }

    /** P1's register threshold is reached at its amount; P3's e-tendering one only above it (rules.yml). */
    private List<Threshold> thresholds(YearMonth period) {
        return List.of(new Threshold("P1", registerThreshold.on(period.atEndOfMonth()), true),
                new Threshold("P3", etenderingThreshold.on(period.atEndOfMonth()), false));
    }
}
