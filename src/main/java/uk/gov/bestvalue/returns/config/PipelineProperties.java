package uk.gov.bestvalue.returns.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pipeline's settings ({@code pipeline.*} in application.yml, or environment variables such as
 * {@code PIPELINE_FOLDERS_INBOX}).
 *
 * @param jobsDir      the folder of the runtime definitions; the copy in the jar is used when it is absent
 * @param maxFileBytes files larger than this are rejected unread
 * @param chunkSize    rows written to the warehouse per transaction
 */
@ConfigurationProperties("pipeline")
public record PipelineProperties(@DefaultValue("jobs") Path jobsDir, @DefaultValue Folders folders,
                                 @DefaultValue("104857600") long maxFileBytes,
                                 @DefaultValue("1000") int chunkSize) {

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
