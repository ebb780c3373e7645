package uk.gov.bestvalue.returns.batch;

import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.warehouse.WarehouseWriter;

/** Writes each chunk of checked rows to the warehouse, in the chunk's transaction. */
class WarehouseItemWriter implements ItemWriter<CheckedRow> {

    private final long loadBatchId;
    private final ReturnSpec spec;
    private final ReturnType<?> type;
    private final WarehouseWriter writer;

    WarehouseItemWriter(long loadBatchId, ReturnSpec spec, ReturnType<?> type, WarehouseWriter writer) {
        this.loadBatchId = loadBatchId;
        this.spec = spec;
        this.type = type;
        this.writer = writer;
    }

    @Override
    public void write(Chunk<? extends CheckedRow> chunk) {
        writer.write(loadBatchId, spec, type, java.util.List.copyOf(chunk.getItems()));
    }
}
