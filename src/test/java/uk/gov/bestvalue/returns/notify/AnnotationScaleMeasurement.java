package uk.gov.bestvalue.returns.notify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.bench.BenchmarkReturnGenerator;
import uk.gov.bestvalue.returns.bench.HeapSampler;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.workbook.CellRef;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;

/**
 * Not a test: a measurement. Generates a procurement return of N rows (default 100,000), checks it, keeps about
 * 10,000 findings (every k-th of the checker's, topped up with made-up warnings when it finds fewer) and annotates it, printing the seconds and the peak heap. Run from the
 * project folder, e.g. {@code java -Xmx256m -cp target/classes:target/test-classes:$(cat cp.txt)
 * uk.gov.bestvalue.returns.notify.AnnotationScaleMeasurement 100000 streamed} ({@code whole} forces POI's
 * usermodel instead, to find the size at which it no longer fits).
 */
public final class AnnotationScaleMeasurement {

    private AnnotationScaleMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean whole = args.length > 1 && args[1].equals("whole");
        int wanted = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        Path dir = Files.createTempDirectory("annotate-scale");
        var spec = ReturnCatalog.load(new JobDefinitions(Path.of("jobs"))).byId("procurement-contracts").orElseThrow();
        Path file = new BenchmarkReturnGenerator(spec).generate(dir.resolve("scale-procurement-2016-01.xlsx"), rows,
                "Measurement");
        List<Finding> all = SampleFindings.of(file);
        List<Finding> findings = new ArrayList<>();
        int step = Math.max(1, all.size() / wanted);
        for (int i = 0; i < all.size() && findings.size() < wanted; i += step) {
            findings.add(all.get(i));
        }
        // the generated rows break fewer rules than real ones: make up the rest as warnings on the title column
        for (int row = 2; findings.size() < wanted && row <= rows + 1; row += 7) {
            findings.add(new Finding("P8", Severity.WARNING, new CellRef(BenchmarkReturnGenerator.CONTRACTS, row, 1),
                    "title", null, "Check the title: it repeats another contract's."));
        }
        long inflated = WorkbookAnnotator.inflatedSize(file);
        System.out.printf("rows %,d, file %,d bytes, inflated %,d bytes, findings %,d of %,d%n", rows,
                Files.size(file), inflated, findings.size(), all.size());
        all = null;
        WorkbookAnnotator annotator = new WorkbookAnnotator(
                new AnnotationSettings(whole ? Long.MAX_VALUE : 0, 10_000));
        System.gc();
        long before = HeapSampler.used();
        try (HeapSampler heap = HeapSampler.start()) {
            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            AnnotatedWorkbook result = annotator.annotate(file, file.getFileName().toString(), findings, dir);
            double seconds = (System.nanoTime() - started) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            System.out.printf("%s: %.2f s (%.2f s of CPU), peak heap %,d MB (%,d MB before), output %,d bytes, listed %,d%n",
                    whole ? "edited whole" : "streamed", seconds, cpuSeconds, heap.peakBytes() >> 20, before >> 20,
                    Files.size(result.file()), result.listed());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
