package uk.gov.bestvalue.returns.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The rows per warehouse transaction: as set, or chosen for the database the pipeline writes to. */
class ChunkSizeTests {

    @Test
    void aSizeSetIsKeptWhateverTheDatabase() {
        assertThat(ChunkSize.of(3, "jdbc:mysql://127.0.0.1:3306/returns").rows()).isEqualTo(3);
        assertThat(ChunkSize.of(20_000, "jdbc:h2:file:./data/warehouse").rows()).isEqualTo(20_000);
    }

    @Test
    void mysqlAndMariadbTakeLargerChunksThanH2() {
        assertThat(ChunkSize.of(0, "jdbc:mysql://db:3306/returns?allowLoadLocalInfile=true").rows()).isEqualTo(5000);
        assertThat(ChunkSize.of(0, "jdbc:mariadb://db:3306/returns").rows()).isEqualTo(5000);
        assertThat(ChunkSize.of(0, "jdbc:h2:file:./data/warehouse;MODE=MySQL").rows()).isEqualTo(1000);
    }

    @Test
    void noUrlMeansTheEmbeddedDefault() {
        assertThat(ChunkSize.of(0, "").rows()).isEqualTo(1000);
        assertThat(ChunkSize.of(0, null).rows()).isEqualTo(1000);
    }

    @Test
    void aNegativeSizeIsRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> ChunkSize.of(-5, "jdbc:h2:mem:x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pipeline.chunk-size");
    }
}
