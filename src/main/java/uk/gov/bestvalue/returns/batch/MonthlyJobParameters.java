package uk.gov.bestvalue.returns.batch;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The monthly job's identifying parameters: the period and its run number (1, then 2 for a deliberate re-run after a
 * completed one ...), so that two launches of the same period are the same job instance, never two at once.
 */
final class MonthlyJobParameters {

    static final String PERIOD = "period";
    static final String RUN_ID = "run";

    private MonthlyJobParameters() {
    }

    static JobParameters of(String period, long runId) {
        return new JobParametersBuilder().addString(PERIOD, period, true).addLong(RUN_ID, runId, true)
                .toJobParameters();
    }
}
