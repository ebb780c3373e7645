package uk.gov.bestvalue.returns.report.opendata;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The open-data exports of a period, from the warehouse's current snapshots: the Transparency Code's contracts over
 * £5,000 and the grants as 360Giving data, each with its internal lineage file. Re-running a period rewrites its files.
 */
@Component
public class OpenDataExports {

    private static final Logger log = LoggerFactory.getLogger(OpenDataExports.class);

    private final ContractsOver5000Export contracts;
    private final Grants360GivingExport grants;

    public OpenDataExports(ContractsOver5000Export contracts, Grants360GivingExport grants) {
        this.contracts = contracts;
        this.grants = grants;
    }

    /** Writes the period's files ({@code yyyy-MM}) into the folder, created if missing; the paths written. */
    public OpenDataFiles write(String period, Path folder) throws IOException {
        String month = month(period);
        long started = System.nanoTime();
        ContractsOver5000Export.Written contractFiles = contracts.write(month, folder);
        Grants360GivingExport.Written grantFiles = grants.write(month, folder);
        log.info("Open data for {}: {} contracts over £5,000, {} grants (360Giving) written to {} in {} ms", month,
                contractFiles.rows(), grantFiles.rows(), folder, (System.nanoTime() - started) / 1_000_000);
        return new OpenDataFiles(contractFiles.published(), contractFiles.lineage(), grantFiles.spreadsheet(),
                grantFiles.json(), grantFiles.lineage(), contractFiles.rows(), grantFiles.rows());
    }

    private static String month(String period) {
        try {
            return YearMonth.parse(period.trim()).toString();
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IllegalArgumentException("The period must be a month written yyyy-MM, e.g. 2016-01, not '"
                    + period + "'", e);
        }
    }
}
