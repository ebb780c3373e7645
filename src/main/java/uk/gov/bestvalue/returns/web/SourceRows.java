package uk.gov.bestvalue.returns.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.report.dashboard.SourceRef;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * Reads the warehouse rows a dashboard figure is made of, each from its return's fact table (named by the catalog
 * from the batch's return type, never by the request), with the values as loaded.
 */
@Component
@ConditionalOnWebApplication
class SourceRows {

    /** The rows listed for one figure; the page says how many more there are. */
    static final int LISTED = 200;
    private static final Set<String> LINEAGE = Set.of("load_batch_id", "source_sheet", "source_row");

    /** One row behind a figure: where it is, the batch's directorate, and its values by column. */
    record Row(SourceRef source, String directorateId, Map<String, Object> values) {

        /** The anchor of the row on its batch's page. */
        public String anchor() {
            return "row-" + source.sheet().replaceAll("[^A-Za-z0-9]", "_") + "-" + source.row();
        }
    }

    private final JdbcClient jdbc;
    private final ReturnCatalog catalog;

    SourceRows(JdbcClient jdbc, ReturnCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    List<Row> read(List<SourceRef> sources) {
        List<Row> rows = new ArrayList<>();
        for (SourceRef source : sources.stream().limit(LISTED).toList()) {
            Map<String, Object> batch = jdbc.sql("SELECT return_type, directorate_id FROM load_batch WHERE load_batch_id = ?")
                    .param(source.loadBatchId()).query().singleRow();
            Optional<ReturnSpec> spec = catalog.byId((String) batch.get("return_type"));
            Map<String, Object> values = new LinkedHashMap<>();
            if (spec.isPresent()) {
                jdbc.sql("SELECT * FROM " + spec.get().table()
                                + " WHERE load_batch_id = ? AND source_sheet = ? AND source_row = ?")
                        .params(source.loadBatchId(), source.sheet(), source.row())
                        .query().listOfRows().stream().findFirst()
                        .ifPresent(r -> r.forEach((column, value) -> {
                            String name = column.toLowerCase(java.util.Locale.ROOT);
                            if (!LINEAGE.contains(name) && !name.endsWith("_fact_id") && value != null) {
                                values.put(name, value);
                            }
                        }));
            }
            rows.add(new Row(source, (String) batch.get("directorate_id"), values));
        }
        return rows;
    }
}
