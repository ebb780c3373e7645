package uk.gov.bestvalue.returns.batch;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/** The monthly job's identifying parameters: the period and a run number, so that a period can be run again. */
final class MonthlyJobParameters {

    static final String PERIOD = "period";
    static final String RUN_ID = "run.id";

    private MonthlyJobParameters() {
    }

    static JobParameters of(String period, long runId) {
        return new JobParametersBuilder().addString(PERIOD, period, true).addLong(RUN_ID, runId, true)
                .toJobParameters();
    }
}
