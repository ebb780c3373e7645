package uk.gov.bestvalue.returns.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the annotated workbook is written ({@code pipeline.annotated-workbook.*}).
 *
 * @param streamAboveBytes an .xlsx whose parts inflate to more than this is copied by streaming (values only)
 *                         instead of being edited whole with POI's usermodel, which needs about 40 times its
 *                         inflated XML in heap (measured: 4.7 MB peaked at 177 MB, 9 MB ran out of 256 MB)
 * @param maxListed        findings listed, linked and commented at most; every finding's cell is still coloured
 */
@ConfigurationProperties("pipeline.annotated-workbook")
public record AnnotationSettings(@DefaultValue("3000000") long streamAboveBytes,
                                 @DefaultValue("10000") int maxListed) {

    /** The defaults, for use without Spring. */
    public static AnnotationSettings defaults() {
        return new AnnotationSettings(3_000_000, 10_000);
    }
}
