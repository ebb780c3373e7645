package uk.gov.bestvalue.returns.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the annotated workbook is written ({@code pipeline.annotated-workbook.*}).
 *
 * @param streamAboveBytes an .xlsx whose parts inflate to more than this is copied by streaming (values only)
 *                         instead of being edited whole with POI, which needs ~10 times its XML size in heap
 * @param maxListed        findings listed, linked and commented at most; every finding's cell is still coloured
 */
@ConfigurationProperties("pipeline.annotated-workbook")
public record AnnotationSettings(@DefaultValue("16000000") long streamAboveBytes,
                                 @DefaultValue("10000") int maxListed) {

    /** The defaults, for use without Spring. */
    public static AnnotationSettings defaults() {
        return new AnnotationSettings(16_000_000, 10_000);
    }
}
