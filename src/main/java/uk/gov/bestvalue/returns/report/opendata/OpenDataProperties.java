package uk.gov.bestvalue.returns.report.opendata;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who publishes the open data ({@code pipeline.open-data.*} in application.yml, or environment variables such as
 * {@code PIPELINE_OPEN_DATA_PUBLISHER_PREFIX}).
 *
 * @param publisherPrefix the 360Giving publisher prefix ({@code 360G-LBX}; {@code LBX} alone is given the {@code 360G-})
 * @param funderId        the council's org-id.guide identifier, a local authority being {@code GB-LAE-<code>}
 * @param funderName      the council's name, as Funding Org:Name
 * @param dataSource      the web page the files are published on (360Giving's Data Source, a URI)
 */
@ConfigurationProperties("pipeline.open-data")
public record OpenDataProperties(@DefaultValue("360G-LBX") String publisherPrefix,
                                 @DefaultValue("GB-LAE-XMP") String funderId,
                                 @DefaultValue("London Borough of Example") String funderName,
                                 @DefaultValue("https://www.example.gov.uk/open-data") String dataSource) {
}
