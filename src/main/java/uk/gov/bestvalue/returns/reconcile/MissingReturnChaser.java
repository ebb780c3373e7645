package uk.gov.bestvalue.returns.reconcile;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.notify.ChaseEmail;
import uk.gov.bestvalue.returns.notify.Outbox;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * R6: after the deadline day of the following month, every return a directorate owes for the period (rules.yml
 * {@code R6.owes}) and has not sent is chased by email to its owners, once: {@code return_chase} remembers each
 * chase, so a re-run of the period reports it again but never sends it twice.
 */
public final class MissingReturnChaser {

    private final JdbcClient jdbc;
    private final OwnersDirectory owners;
    private final ReturnCatalog catalog;
    private final Outbox mail;
    private final ReconcileSettings settings;
    private final Clock clock;

    public MissingReturnChaser(JdbcClient jdbc, OwnersDirectory owners, ReturnCatalog catalog, Outbox mail,
                               ReconcileSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.owners = owners;
        this.catalog = catalog;
        this.mail = mail;
        this.settings = settings;
        this.clock = clock;
    }

    /** The deadline of a period's returns. */
    public LocalDate deadline(String period) {
        YearMonth next = YearMonth.parse(period).plusMonths(1);
        return next.atDay(Math.min(settings.deadlineDay(), next.lengthOfMonth()));
    }

    /** Chases what is missing and not chased yet; the number of returns missing (chased now or before). */
    public int run(String period) {
        LocalDate deadline = deadline(period);
        if (!LocalDate.now(clock).isAfter(deadline)) {
            return 0; // not late yet
        }
        int missing = 0;
        for (Directorate directorate : owners.directorates()) {
            for (String returnType : settings.owedBy(directorate.id())) {
                if (received(period, directorate.id(), returnType)) {
                    continue;
                }
                missing++;
                if (!chased(period, directorate.id(), returnType)) {
                    chase(period, directorate, returnType, deadline);
                }
            }
        }
        return missing;
    }

    private boolean received(String period, String directorateId, String returnType) {
        return jdbc.sql("SELECT COUNT(*) FROM load_batch WHERE status = 'CURRENT' AND return_type = ? "
                        + "AND directorate_id = ? AND period = ?").params(returnType, directorateId, period)
                .query(Integer.class).single() > 0;
    }

    private boolean chased(String period, String directorateId, String returnType) {
        return jdbc.sql("SELECT COUNT(*) FROM return_chase WHERE period = ? AND directorate_id = ? AND return_type = ?")
                .params(period, directorateId, returnType).query(Integer.class).single() > 0;
    }

    /** Records the chase, then sends it, in the step's transaction: if sending fails the chase is not recorded. */
    private void chase(String period, Directorate directorate, String returnType, LocalDate deadline) {
        List<String> to = directorate.owners().isEmpty() ? List.of(owners.programmeOffice()) : directorate.owners();
        jdbc.sql("INSERT INTO return_chase (period, directorate_id, return_type, deadline, chased_at, recipients) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(period, directorate.id(), returnType, java.sql.Date.valueOf(deadline),
                        Timestamp.valueOf(LocalDateTime.now(clock)), String.join(", ", to))
                .update();
        String title = catalog.byId(returnType).map(ReturnSpec::title).orElse(returnType);
        mail.queue(ChaseEmail.compose(title, returnType, directorate, period, deadline, to, owners.programmeOffice()));
    }
}
