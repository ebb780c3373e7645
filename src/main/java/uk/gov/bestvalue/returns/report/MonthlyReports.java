package uk.gov.bestvalue.returns.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.PipelineProperties;
import uk.gov.bestvalue.returns.report.opendata.OpenDataExports;
import uk.gov.bestvalue.returns.report.opendata.OpenDataFiles;

/**
 * What the monthly run publishes for a period under {@code reports/<period>/}: the monitoring pack (xlsx and HTML)
 * and, in {@code open-data/}, the Transparency Code contracts and the 360Giving grants. A re-run replaces them.
 */
@Component
public class MonthlyReports {

    private final MonitoringPack pack;
    private final OpenDataExports openData;
    private final Path root;

    public MonthlyReports(MonitoringPack pack, OpenDataExports openData, PipelineProperties properties) {
        this.pack = pack;
        this.openData = openData;
        this.root = properties.folders().reports();
    }

    /** The files written for one period. */
    public record Files(MonitoringPackFiles pack, OpenDataFiles openData) {

        /** How many files were written. */
        public int count() {
            return 2 + openData.published().size() + openData.internal().size();
        }
    }

    /** Whether the warehouse has anything for the period: without it, a pack would be empty tables. */
    public boolean hasData(String period) {
        return pack.hasData(period);
    }

    /** Writes the period's pack and exports. */
    public Files write(String period) {
        MonitoringPackFiles packFiles = pack.write(period, root);
        try {
            return new Files(packFiles, openData.write(period, root.resolve(period).resolve("open-data")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the open-data exports of " + period, e);
        }
    }
}
