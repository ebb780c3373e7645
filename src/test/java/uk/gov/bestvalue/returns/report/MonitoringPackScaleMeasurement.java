package uk.gov.bestvalue.returns.report;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import uk.gov.bestvalue.returns.ReturnsPipelineApplication;

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
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            long before = memory.getHeapMemoryUsage().getUsed();
            AtomicLong peak = new AtomicLong(before);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(10);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            sampler.setDaemon(true);
            sampler.start();
            long started = System.nanoTime();
            MonitoringPackFiles files = pack.write("2016-01", reports);
            long millis = (System.nanoTime() - started) / 1_000_000;
            sampler.interrupt();
            System.out.printf("monitoring pack written in %,d ms: xlsx %,d bytes, html %,d bytes; heap used before %,d MB, "
                            + "peak %,d MB (max %,d MB)%n", millis, Files.size(files.workbook()), Files.size(files.html()),
                    before >> 20, peak.get() >> 20, memory.getHeapMemoryUsage().getMax() >> 20);
        }
    }
}
