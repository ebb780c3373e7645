package uk.gov.bestvalue.returns.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.report.dashboard.ProcurementDashboards;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/** Reads a period's pack from the warehouse in one read-only transaction, so its figures agree with each other. */
final class PackReader {

    private final TransactionTemplate readOnly;
    private final DeliveryQueries delivery;
    private final ProcurementQueries procurement;
    private final GrantsAndDisposalsQueries grantsAndDisposals;
    private final SubmissionQueries submissions;
    private final RuleSettings rules;
    private final ProcurementDashboards dashboards;
    private final Clock clock;

    PackReader(JdbcClient jdbc, TransactionTemplate transaction, RuleSettings rules, ReconcileSettings reconcile,
               OwnersDirectory owners, ReturnCatalog catalog, ProcurementDashboards dashboards, Clock clock) {
        this.readOnly = new TransactionTemplate(transaction.getTransactionManager());
        this.readOnly.setReadOnly(true);
        Directorates directorates = new Directorates(owners);
        this.delivery = new DeliveryQueries(jdbc);
        this.procurement = new ProcurementQueries(jdbc, directorates, rules);
        this.grantsAndDisposals = new GrantsAndDisposalsQueries(jdbc, directorates, rules);
        this.submissions = new SubmissionQueries(jdbc, directorates,
                new MonthSubmissions(jdbc, owners, catalog, reconcile));
        this.rules = rules;
        this.dashboards = dashboards;
        this.clock = clock;
    }

    PackData read(String council, YearMonth period) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        return readOnly.execute(status -> new PackData(council, period, now, submissions.run(period),
                delivery.delivery(period), delivery.revisions(period), delivery.overdue(period),
                procurement.procurement(period),
                rules.number("procurement", "P5", "llw-target"), procurement.offContract(period),
                submissions.reconciliationCounts(period), grantsAndDisposals.grants(period),
                grantsAndDisposals.disposals(period), grantsAndDisposals.receipts(period),
                submissions.grid(period, today), delivery.trend(period), submissions.sources(period),
                dashboards.readAll(period)));
    }
}
