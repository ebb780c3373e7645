package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A warehouse that applied the old wording of a reworded migration still starts; any other change is refused. */
@SpringBootTest
class RewordedMigrationsIntegrationTests {

    @Autowired
    private Flyway flyway;
    @Autowired
    private RewordedMigrations migrations;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void putBackTheCurrentChecksums() {
        for (RewordedMigrations.Reworded reworded : RewordedMigrations.REWORDED) {
            setChecksum(reworded.version(), reworded.after());
        }
    }

    @Test
    void aWarehouseMigratedWithTheOldWordsIsToldTheNewChecksums() {
        // given a warehouse whose history holds the checksums of the migrations' old wording
        for (RewordedMigrations.Reworded reworded : RewordedMigrations.REWORDED) {
            setChecksum(reworded.version(), reworded.before());
        }

        // when it starts
        migrations.migrate(flyway);

        // then it validates, holding the new checksums
        for (RewordedMigrations.Reworded reworded : RewordedMigrations.REWORDED) {
            assertThat(checksum(reworded.version())).isEqualTo(reworded.after());
        }
        flyway.validate();
    }

    @Test
    void anyOtherChangeToAnAppliedMigrationIsStillRefused() {
        // given a history whose checksum for V12 is neither its old nor its new wording's
        setChecksum("12", 12345);

        // when it starts, then Flyway refuses
        assertThatThrownBy(() -> migrations.migrate(flyway)).isInstanceOf(FlywayValidateException.class);
    }

    private void setChecksum(String version, int checksum) {
        jdbc.sql("UPDATE flyway_schema_history SET checksum = ? WHERE version = ?").params(checksum, version).update();
    }

    private int checksum(String version) {
        return jdbc.sql("SELECT checksum FROM flyway_schema_history WHERE version = ?").param(version)
                .query(Integer.class).single();
    }
}
