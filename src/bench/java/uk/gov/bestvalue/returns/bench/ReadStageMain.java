package uk.gov.bestvalue.returns.bench;

import java.nio.file.Path;
import java.util.Locale;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * {@code ReadStageMain STAGE FILE ROWS WARM-UP TIMED}: times one reading stage (see {@link ReadStages}) in this JVM,
 * which runs nothing else, and prints its result as one line for {@link ForkedStage}. The readers share code (Aalto,
 * the JDK's inflater and collections): timed in one JVM, each would run on code the JIT compiled for the ones before
 * it, and the order of the stages would change their times.
 */
public final class ReadStageMain {

    /** The start of the line carrying the result. */
    static final String RESULT = "stage-result";

    /** Untimed runs before the first timed one: the first always, the others until three seconds have passed. */
    private static final int WARM_UPS = 10;
    private static final long WARM_UP_NANOS = 3_000_000_000L;

    private ReadStageMain() {
    }

    private static void warmUp(Stage stage) {
        try {
            stage.prepare().run();
            OurReaders.blackhole = stage.body().run();
            stage.cleanUp().run();
        } catch (Exception | OutOfMemoryError e) {
            // the timed runs meet it again and report it
        }
    }

    public static void main(String[] args) {
        StageTimer.keepHeapCommitted();
        String name = args[0];
        Path file = Path.of(args[1]);
        int rows = Integer.parseInt(args[2]);
        BenchRuns runs = new BenchRuns(Boolean.parseBoolean(args[3]), Integer.parseInt(args[4]));
        ReturnSpec spec = ReturnCatalog.load(JobDefinitions.packaged()).byId("procurement-contracts").orElseThrow();
        Stage stage = ReadStages.over(file, spec, BenchmarkReturnGenerator.CONTRACTS).stream()
                .filter(candidate -> candidate.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reading stage called " + name));
        if (runs.warmUp()) {
            // a JVM that has run nothing else needs more than one warm-up run for its JIT to settle: at 100,000 rows
            // our read took 1.2 to 1.6 s, then 0.8 s, then 0.55 to 0.6 s from its third run on, and the parser floor
            // settled from its third run too; a stage that runs for several seconds has settled within its first
            long started = System.nanoTime();
            for (int run = 0; run < WARM_UPS && (run == 0 || System.nanoTime() - started < WARM_UP_NANOS); run++) {
                warmUp(stage);
            }
        }
        StageResult result = new StageTimer(rows, new BenchRuns(false, runs.timed())).time(stage);
        System.out.println(String.join("\t", RESULT, result.seconds() == null ? "-" : Double.toString(result.seconds()),
                String.format(Locale.ROOT, "%.3f", result.peakHeapMb()), result.note() == null ? "-" : result.note()));
        System.exit(0);
    }
}
