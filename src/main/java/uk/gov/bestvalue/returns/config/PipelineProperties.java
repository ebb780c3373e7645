package uk.gov.bestvalue.returns.config;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import uk.gov.bestvalue.returns.workbook.ReadLimits;

/**
 * The pipeline's settings ({@code pipeline.*} in application.yml, or environment variables such as
 * {@code PIPELINE_FOLDERS_INBOX}).
 *
 * @param jobsDir      the folder of the runtime definitions; the copy in the jar is used when it is absent
 * @param maxFileBytes files larger than this are rejected unread
 * @param chunkSize    rows written to the warehouse per transaction; 0 (the default): as suits the database
 *                     ({@link ChunkSize})
 * @param limits       how much of a file is read before it is refused
 */
@ConfigurationProperties("pipeline")
public record PipelineProperties(@DefaultValue("jobs") Path jobsDir, @DefaultValue Folders folders,
                                 @DefaultValue("104857600") long maxFileBytes,
                                 @DefaultValue("0") int chunkSize, @DefaultValue Limits limits) {

    /** The limits on reading a file, with the cap on its size on disk. */
    public ReadLimits readLimits() {
        return new ReadLimits(maxFileBytes, limits.uncompressedBytes(), limits.inflateRatio(), limits.sharedStrings(),
                limits.sharedStringsBytes(), limits.cellsPerRow(), limits.sheets(), limits.cellChars());
    }

    /**
     * How much of a file is read before it is refused ({@code pipeline.limits.*}): see {@link ReadLimits}. An empty
     * file in the inbox is given {@code emptyGrace} to grow (a slow copy) before it is rejected as empty.
     */
    public record Limits(@DefaultValue("1073741824") long uncompressedBytes, @DefaultValue("200") int inflateRatio,
                         @DefaultValue("1000000") int sharedStrings,
                         @DefaultValue("104857600") long sharedStringsBytes,
                         @DefaultValue("5000") int cellsPerRow, @DefaultValue("250") int sheets,
                         @DefaultValue("32767") int cellChars, @DefaultValue("PT2M") Duration emptyGrace) {
    }

    /**
     * Where files arrive, wait and end up; where emails go when no mail server is configured; where the checked
     * (annotated) workbooks sent back to owners are kept; and where the monthly reports are written.
     */
    public record Folders(@DefaultValue("work/inbox") Path inbox, @DefaultValue("work/processing") Path processing,
                          @DefaultValue("work/archive") Path archive, @DefaultValue("work/rejected") Path rejected,
                          @DefaultValue("outbox") Path outbox, @DefaultValue("work/checked") Path checked,
                          @DefaultValue("reports") Path reports) {
    }
}
