package uk.gov.bestvalue.returns.warehouse;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.workbook.CellRef;

/** Reads the findings stored for a load batch, in sheet and row order. */
@Repository
public class FindingRepository {

    private final JdbcClient jdbc;

    public FindingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The findings of one file, errors and warnings together, in the order a person reads the sheet. */
    public List<Finding> findByBatch(long loadBatchId) {
        return jdbc.sql("SELECT * FROM finding WHERE load_batch_id = ? ORDER BY source_sheet, source_row, source_column, finding_id")
                .param(loadBatchId)
                .query((rs, n) -> new Finding(rs.getString("rule_id"),
                        Severity.valueOf(rs.getString("severity").toUpperCase()),
                        new CellRef(rs.getString("source_sheet"), rs.getInt("source_row"),
                                CellRef.columnIndex(rs.getString("source_column"))),
                        rs.getString("field_name"), rs.getString("cell_value"), rs.getString("message")))
                .list();
    }
}
