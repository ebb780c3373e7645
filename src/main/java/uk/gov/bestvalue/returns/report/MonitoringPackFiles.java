package uk.gov.bestvalue.returns.report;

import java.nio.file.Path;

/** The two files of a month's monitoring pack: the workbook and the HTML page. */
public record MonitoringPackFiles(Path workbook, Path html) {
}
