package uk.gov.bestvalue.returns.batch;

import uk.gov.bestvalue.returns.rules.Wording;

/** A monthly run refused because another run of the same period is in progress. */
public class MonthlyRunInProgressException extends IllegalStateException {

    MonthlyRunInProgressException(String period, MonthlyRunLock.Holder holder) {
        super("A monthly run for " + period + " is already in progress"
                + (holder == null ? "" : " (started " + Wording.moment(holder.since()) + " by " + holder.holder() + ")")
                + "; this one was not started. Wait for it to finish, then run again if its results are needed again.");
    }
}
