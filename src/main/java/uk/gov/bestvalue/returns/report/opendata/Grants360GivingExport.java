package uk.gov.bestvalue.returns.report.opendata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.opencsv.ICSVWriter;

import uk.gov.bestvalue.returns.workbook.CsvCells;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.bestvalue.returns.warehouse.StreamingQueries;

/**
 * The period's grants, from the current snapshots of the grant agreements returns, as 360Giving data: the
 * spreadsheet ({@code grants-360giving-<period>.xlsx}), the JSON package ({@code grants-360giving-<period>.json},
 * {@code {"grants":[...]}}) and an internal file naming each grant's source file, sheet and row
 * ({@code grants-360giving-<period>-lineage.csv}). All three are written in one pass over the rows.
 */
@Component
public class Grants360GivingExport {

    private static final String GRANTS = "SELECT g.*, d.name AS directorate_name, b.finished_at, b.received_at "
            + "FROM v_grant_current g JOIN load_batch b ON b.load_batch_id = g.load_batch_id "
            + "LEFT JOIN directorate d ON d.directorate_id = g.directorate_id "
            + "WHERE g.period = ? ORDER BY g.directorate_id, g.source_sheet, g.source_row";

    private final JdbcClient jdbc;
    private final OpenDataProperties publisher;
    private final JsonMapper json = JsonMapper.builder().build();

    /** Its query streams its rows (see {@link StreamingQueries}), so memory stays flat however many grants. */
    public Grants360GivingExport(DataSource dataSource, OpenDataProperties publisher) {
        this.jdbc = StreamingQueries.client(dataSource);
        this.publisher = publisher;
    }

    /** The spreadsheet's name for a period. */
    public static String spreadsheetName(String period) {
        return "grants-360giving-" + period + ".xlsx";
    }

    /** The JSON package's name for a period. */
    public static String jsonName(String period) {
        return "grants-360giving-" + period + ".json";
    }

    /** The internal lineage file's name for a period. */
    public static String lineageFileName(String period) {
        return "grants-360giving-" + period + "-lineage.csv";
    }

    /** Writes the three files for the period; how many grants they hold. */
    Written write(String period, Path folder) throws IOException {
        OpenGrants grants = new OpenGrants(publisher);
        try (ExportFile xlsx = ExportFile.create(folder, spreadsheetName(period));
             ExportFile jsonFile = ExportFile.create(folder, jsonName(period));
             ExportFile lineage = ExportFile.create(folder, lineageFileName(period));
             GrantsSpreadsheet spreadsheet = new GrantsSpreadsheet();
             JsonGenerator generator = json.createGenerator(jsonFile.output())) {
            ICSVWriter sources = lineage.csv();
            sources.writeNext(SourceRow.header("Identifier"), false);
            generator.writeStartObject();
            generator.writeArrayPropertyStart("grants");
            int[] rows = {0};
            jdbc.sql(GRANTS).param(period).query(rs -> {
                OpenGrant grant = grants.of(rs);
                rows[0]++;
                spreadsheet.add(grant);
                generator.writePOJO(grant);
                sources.writeNext(CsvCells.safe(SourceRow.of(rs).line(rows[0] + 1, grant.id())), false);
            });
            generator.writeEndArray();
            generator.writeEndObject();
            generator.close();
            spreadsheet.writeTo(xlsx.output());
            ExportFile.finish(sources);
            return new Written(xlsx.commit(), jsonFile.commit(), lineage.commit(), rows[0]);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The files written and the grants in them. */
    record Written(Path spreadsheet, Path json, Path lineage, int rows) {
    }
}
