package uk.gov.bestvalue.returns.cli;

import java.io.PrintStream;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.batch.MonthlyRun;
import uk.gov.bestvalue.returns.batch.MonthlyRunInProgressException;
import uk.gov.bestvalue.returns.batch.MonthlyRuns;

/**
 * {@code returns-pipeline monthly --period yyyy-MM}: runs the monthly job for a period, or restarts its last run
 * where it stopped when that run failed (or died), then prints the off-contract table and the counts per rule.
 */
@Component
public class MonthlyCommand {

    private final MonthlyRuns runs;

    MonthlyCommand(MonthlyRuns runs) {
        this.runs = runs;
    }

    /** Runs (or restarts) the period and prints its summary; 0 when the run completed, 1 when not, 2 on a bad period. */
    public int run(String period, PrintStream out) {
        try {
            YearMonth.parse(period);
        } catch (DateTimeParseException | NullPointerException e) {
            out.println("The period must be a month written yyyy-MM, e.g. 2016-01: " + period);
            return 2;
        }
        MonthlyRun run;
        try {
            run = runs.run(period);
        } catch (MonthlyRunInProgressException e) {
            out.println(e.getMessage());
            return 1;
        }
        MonthlySummary.print(run, out);
        return run.completed() ? 0 : 1;
    }
}
