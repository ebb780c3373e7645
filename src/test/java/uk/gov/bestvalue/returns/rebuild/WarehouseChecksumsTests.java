package uk.gov.bestvalue.returns.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;

import org.junit.jupiter.api.Test;

/** Which columns a rebuild leaves out of a table's checksum: a number the database gave, never a key written. */
class WarehouseChecksumsTests {

    @Test
    void aTablesOwnNumberIsLeftOutButADimensionsWrittenKeyIsCompared() {
        assertThat(WarehouseChecksums.isSurrogateId("contract_fact", "contract_fact_id", Types.BIGINT)).isTrue();
        assertThat(WarehouseChecksums.isSurrogateId("directorate", "directorate_id", Types.VARCHAR)).isFalse();
        assertThat(WarehouseChecksums.isSurrogateId("contract_fact", "load_batch_id", Types.BIGINT)).isFalse();
    }
}
