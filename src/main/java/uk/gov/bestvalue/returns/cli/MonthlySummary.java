package uk.gov.bestvalue.returns.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;

import uk.gov.bestvalue.returns.batch.MonthlyRun;

/** The monthly run's printed summary: off-contract spend per directorate, then the count of each rule. */
final class MonthlySummary {

    private MonthlySummary() {
    }

    static void print(MonthlyRun run, PrintStream out) {
        out.printf("monthly run %s: %s%n%n", run.period(), run.status() == null ? "NOT STARTED" : run.status()
                + " (job execution " + run.jobExecutionId() + ")");
        out.printf("%-12s %9s %15s %9s %15s %8s  %s%n", "directorate", "payments", "spend", "off-contr",
                "off-contract £", "share", "status");
        for (MonthlyRun.DirectorateSpend row : run.directorates()) {
            BigDecimal share = row.offContractShare();
            out.printf("%-12s %9s %15s %9s %15s %8s  %s%n", row.directorateId(), row.payments(), money(row.spend()),
                    row.offContractPayments(), money(row.offContractSpend()),
                    share == null ? "-" : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%",
                    row.status());
        }
        out.println();
        MonthlyRun.Counts counts = run.counts();
        out.printf("payments %s, matched %s%n", counts.payments(), counts.paymentsMatched());
        out.printf("R1 off-contract %s, R2 overspent %s, R3 grant payments %s, R4 receipts/disposals %s, "
                        + "R5 month on month %s, R6 returns chased %s%n", counts.r1(), counts.r2(), counts.r3(),
                counts.r4(), counts.r5(), counts.r6());
    }

    private static String money(BigDecimal value) {
        return value == null ? "-" : String.format("%,.2f", value);
    }
}
