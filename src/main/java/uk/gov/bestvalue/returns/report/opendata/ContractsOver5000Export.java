package uk.gov.bestvalue.returns.report.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.opencsv.ICSVWriter;

import uk.gov.bestvalue.returns.workbook.CsvCells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.warehouse.StreamingQueries;

/**
 * The Local Government Transparency Code 2015 dataset "contracts over £5,000" for a period, from the current
 * snapshots of the procurement returns ({@code contracts-over-5000-<period>.csv}), and beside it an internal file
 * naming each row's source file, sheet and row ({@code contracts-over-5000-<period>-lineage.csv}).
 */
@Component
public class ContractsOver5000Export {

    /** The Code's threshold: contracts whose value exceeds it are published. */
    static final String THRESHOLD = "5000.00";

    private static final String CONTRACTS = "SELECT c.*, d.name AS directorate_name FROM v_contract_current c "
            + "LEFT JOIN directorate d ON d.directorate_id = c.directorate_id "
            + "WHERE c.period = ? AND c.total_value > " + THRESHOLD + " "
            + "ORDER BY c.directorate_id, c.source_sheet, c.source_row";
    // a supplier that is also a grant recipient may be known to be a registered charity
    private static final String CHARITIES = "SELECT company_number, charity_number FROM recipient "
            + "WHERE company_number IS NOT NULL AND charity_number IS NOT NULL ORDER BY recipient_key";

    private final JdbcClient jdbc;

    /** Its queries stream their rows (see {@link StreamingQueries}), so memory stays flat however many contracts. */
    public ContractsOver5000Export(DataSource dataSource) {
        this.jdbc = StreamingQueries.client(dataSource);
    }

    /** The published file's name for a period. */
    public static String fileName(String period) {
        return "contracts-over-5000-" + period + ".csv";
    }

    /** The internal lineage file's name for a period. */
    public static String lineageFileName(String period) {
        return "contracts-over-5000-" + period + "-lineage.csv";
    }

    /** Writes both files for the period; how many contracts they hold. */
    Written write(String period, Path folder) throws IOException {
        Map<String, String> charityByCompany = charityNumbersByCompany();
        try (ExportFile published = ExportFile.create(folder, fileName(period));
             ExportFile lineage = ExportFile.create(folder, lineageFileName(period))) {
            ICSVWriter csv = published.csv();
            ICSVWriter sources = lineage.csv();
            csv.writeNext(ContractRow.HEADER.toArray(String[]::new), false);
            sources.writeNext(SourceRow.header("Reference Number"), false);
            int[] rows = {0};
            jdbc.sql(CONTRACTS).param(period).query(rs -> {
                ContractRow row = ContractRow.of(rs, charityByCompany);
                rows[0]++;
                csv.writeNext(CsvCells.safe(row.fields().toArray(String[]::new)), false);
                // the published file's line: its header is line 1
                sources.writeNext(CsvCells.safe(row.source().line(rows[0] + 1, row.reference())), false);
            });
            ExportFile.finish(csv);
            ExportFile.finish(sources);
            return new Written(published.commit(), lineage.commit(), rows[0]);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Map<String, String> charityNumbersByCompany() {
        Map<String, String> charities = new HashMap<>();
        jdbc.sql(CHARITIES).query(rs -> {
            String company = GivingIdentifiers.companyNumber(rs.getString("company_number"), null);
            String charity = GivingIdentifiers.charityNumber(rs.getString("charity_number"), null);
            if (company != null && charity != null) {
                charities.putIfAbsent(company, charity);
            }
        });
        return charities;
    }

    /** The files written and the contracts in them. */
    record Written(Path published, Path lineage, int rows) {
    }
}
