package uk.gov.bestvalue.returns.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;
import uk.gov.bestvalue.returns.bench.HeapSampler;

/**
 * Not a test: a measurement. Writes the pack of January 2016 from the database that
 * {@code reconcile.ReconcileScaleMeasurement} filled (10,000 contracts, 1,000,000 payments reconciled) and prints
 * the time it took, the sizes of the two files and the peak heap used. Run it with the same database arguments.
 */
public final class MonitoringPackScaleMeasurement {

    private MonitoringPackScaleMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        List<String> arguments = new ArrayList<>(List.of(args));
        arguments.add("--logging.level.uk.gov.bestvalue.returns=INFO");
        try (ConfigurableApplicationContext context = SpringApplication.run(ReturnsPipelineApplication.class,
                arguments.toArray(String[]::new))) {
            MonitoringPack pack = context.getBean(MonitoringPack.class);
            Path reports = Files.createTempDirectory("pack-scale");
            pack.write("2016-01", reports); // warm
            System.gc();
            long before = HeapSampler.used();
            HeapSampler heap = HeapSampler.start();
            long started = System.nanoTime();
            MonitoringPackFiles files = pack.write("2016-01", reports);
            long millis = (System.nanoTime() - started) / 1_000_000;
            heap.close();
            System.out.printf("monitoring pack written in %,d ms: xlsx %,d bytes, html %,d bytes; heap used before %,d MB, "
                            + "peak %,d MB (max %,d MB)%n", millis, Files.size(files.workbook()), Files.size(files.html()),
                    before >> 20, heap.peakBytes() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        }
    }
}
