package uk.gov.bestvalue.returns.rebuild;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a warehouse's own ids stand for, so that two warehouses that numbered the same rows differently compare equal:
 * a load batch is its file's sha-256 (and, for the same content received again, which receipt it was); a fact row is
 * its batch, sheet and row. Only the batches of the rebuild's scope are known; a row pointing elsewhere is out of it.
 */
final class BusinessKeys {

    /** The fact tables other tables point into, by the name of the id column that points at them. */
    private static final Map<String, String> FACT_TABLES = Map.of(
            "contract_fact_id", "contract_fact", "grant_fact_id", "grant_fact", "payment_fact_id", "payment_fact");

    private final Map<Long, String> batches = new HashMap<>();
    private final Map<String, Map<Long, String>> facts = new HashMap<>();

    BusinessKeys(JdbcClient jdbc, String period) {
        Map<String, Integer> receipts = new HashMap<>();
        jdbc.sql("SELECT load_batch_id, sha256 FROM load_batch WHERE " + RebuildScope.BATCHES
                        + " ORDER BY received_at, load_batch_id")
                .param(period)
                .query((rs, n) -> {
                    String sha256 = rs.getString("sha256");
                    int receipt = receipts.merge(sha256, 1, Integer::sum);
                    return batches.put(rs.getLong("load_batch_id"), sha256 + "#" + receipt);
                }).list();
        FACT_TABLES.forEach((column, table) -> {
            Map<Long, String> keys = new HashMap<>();
            String rows = "SELECT " + column + " AS fact_id, load_batch_id, source_sheet, source_row FROM " + table;
            jdbc.sql(rows).query(rs -> {
                String batch = batches.get(rs.getLong("load_batch_id"));
                if (batch != null) {
                    keys.put(rs.getLong("fact_id"), batch + "!" + rs.getString("source_sheet") + "!"
                            + rs.getInt("source_row"));
                }
            });
            facts.put(column, keys);
        });
    }

    /** Whether a load batch is one of the rebuild's. */
    boolean inScope(long batchId) {
        return batches.containsKey(batchId);
    }

    /** The business key of a load batch. */
    String batch(long batchId) {
        return batches.getOrDefault(batchId, "out-of-scope");
    }

    /** The business key of a fact row, given the id column that names it ({@code contract_fact_id} ...). */
    String fact(String idColumn, long id) {
        return facts.get(idColumn).getOrDefault(id, "out-of-scope");
    }

    /** Whether a column holds the id of a fact row this class can name. */
    static boolean isFactId(String column) {
        return FACT_TABLES.containsKey(column);
    }
}
