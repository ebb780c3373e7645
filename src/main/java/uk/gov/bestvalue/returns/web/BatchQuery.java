package uk.gov.bestvalue.returns.web;

import java.util.List;
import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * Reads a load batch and its findings for its page: counted by rule with the first rows of each (a million-row
 * ledger's findings are never all read), or every row of one rule up to {@link #ALL_OF_A_RULE}.
 */
@Component
@ConditionalOnWebApplication
class BatchQuery {

    /** The rows shown under each rule. */
    static final int FIRST_ROWS = 5;
    /** The rows shown when one rule's findings are asked for. */
    static final int ALL_OF_A_RULE = 1000;

    private final JdbcClient jdbc;
    private final LoadBatchRepository batches;
    private final OwnersDirectory owners;
    private final ReturnCatalog catalog;

    BatchQuery(JdbcClient jdbc, LoadBatchRepository batches, OwnersDirectory owners, ReturnCatalog catalog) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.owners = owners;
        this.catalog = catalog;
    }

    Optional<LoadBatch> batch(long id) {
        return batches.find(id);
    }

    /** The page of a batch; {@code rule}, when given, has all its rows listed. */
    BatchView view(LoadBatch batch, String rule) {
        List<BatchView.Group> groups = jdbc.sql("""
                SELECT rule_id, severity, COUNT(*) AS findings FROM finding WHERE load_batch_id = ?
                GROUP BY rule_id, severity ORDER BY CASE severity WHEN 'error' THEN 0 ELSE 1 END, rule_id""")
                .param(batch.id())
                .query((rs, n) -> new RuleCount(rs.getString("rule_id"), rs.getString("severity"), rs.getInt("findings")))
                .list().stream()
                .map(g -> new BatchView.Group(g.rule(), g.severity(), g.findings(), rows(batch.id(), g.rule(),
                        g.severity(), g.rule().equals(rule) ? ALL_OF_A_RULE : FIRST_ROWS)))
                .toList();
        boolean ownRows = jdbc.sql("SELECT COUNT(*) FROM finding WHERE load_batch_id = ? AND monthly_period IS NULL")
                .param(batch.id()).query(Integer.class).single() > 0;
        return new BatchView(batch, batch.returnType() == null ? null
                : catalog.byId(batch.returnType()).map(ReturnSpec::title).orElse(batch.returnType()),
                batch.directorateId() == null ? null
                        : owners.byId(batch.directorateId()).map(Directorate::name).orElse(batch.directorateId()),
                groups, rule, ownRows && batch.storedAs() != null);
    }

    private List<BatchView.Row> rows(long batchId, String rule, String severity, int limit) {
        return jdbc.sql("""
                SELECT source_sheet, source_row, source_column, cell_ref, field_name, cell_value, message, monthly_period
                FROM finding WHERE load_batch_id = ? AND rule_id = ? AND severity = ?
                ORDER BY source_sheet, source_row, source_column, finding_id""")
                .params(batchId, rule, severity)
                .withMaxRows(limit)
                .query((rs, n) -> new BatchView.Row(rs.getString("source_sheet"), rs.getInt("source_row"),
                        rs.getString("source_column"), rs.getString("cell_ref"), rs.getString("field_name"),
                        rs.getString("cell_value"), rs.getString("message"), rs.getString("monthly_period")))
                .list();
    }

    /** How many findings of one rule and severity a batch has. */
    private record RuleCount(String rule, String severity, int findings) {
    }
}
