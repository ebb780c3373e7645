package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A node that finds the migration history being created by another node started at the same moment waits for it, then
 * migrates, where Flyway alone refuses to start ("Unable to baseline schema history table ... as it already exists,
 * and is empty", as a CI run of two nodes on one new MariaDB warehouse once met).
 */
class MigrationsStartedTogetherTests {

    private static final String HISTORY = "flyway_schema_history";

    @Test
    void aNodeFindingTheHistoryBeingCreatedWaitsAndThenMigrates() {
        // given a new warehouse holding Spring Batch's tables (so Flyway baselines it), where the other node creates
        // the history table just as this one is about to: the moment two nodes started together meet
        JdbcDataSource database = h2("started-together");
        JdbcClient jdbc = JdbcClient.create(database);
        Flyway.configure().dataSource(database).baselineVersion("0").load().baseline();
        jdbc.sql("CREATE TABLE history_shape AS SELECT * FROM " + HISTORY + " WHERE 1 = 0").update();
        jdbc.sql("DROP TABLE " + HISTORY).update();
        OtherNode other = new OtherNode();
        Flyway flyway = Flyway.configure().dataSource(database).locations("classpath:sql/common", "classpath:sql/h2")
                .baselineOnMigrate(true).baselineVersion("0").callbacks(other).load();
        assertThatThrownBy(flyway::migrate).as("Flyway alone").isInstanceOf(FlywayException.class)
                .hasMessageContaining("already exists, and is empty");
        jdbc.sql("DROP TABLE " + HISTORY).update();
        other.created.set(0);

        // when this node migrates through the wait
        MigrationsStartedTogether.migrate(flyway, Duration.ofMillis(100), Duration.ofSeconds(30));

        // then it met the other node's table once, waited, and applied every migration once
        assertThat(other.created).hasValue(1);
        assertThat(flyway.info().pending()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM " + HISTORY + " WHERE version = '27'").query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void anyOtherFailureIsNotWaitedFor(@TempDir Path migrations) throws Exception {
        // given a database Flyway cannot migrate for another reason: a migration that is not SQL
        Files.writeString(migrations.resolve("V1__broken.sql"), "THIS IS NOT SQL;");
        Flyway flyway = Flyway.configure().dataSource(h2("started-together-other"))
                .locations("filesystem:" + migrations).load();

        // when / then it fails at once, as Flyway does
        long started = System.nanoTime();
        assertThatThrownBy(() -> MigrationsStartedTogether.migrate(flyway, Duration.ofSeconds(5), Duration.ofMinutes(1)))
                .isInstanceOf(FlywayException.class);
        assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(5));
    }

    private static JdbcDataSource h2(String name) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL("jdbc:h2:mem:" + name + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;"
                + "DB_CLOSE_DELAY=-1");
        return database;
    }

    /** The other node: creates the empty history table just before this node's baseline, the first time only. */
    private static final class OtherNode implements Callback {

        final AtomicInteger created = new AtomicInteger();

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_BASELINE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (created.getAndIncrement() == 0) {
                try (Statement statement = context.getConnection().createStatement()) {
                    statement.execute("CREATE TABLE " + HISTORY + " AS SELECT * FROM history_shape");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        @Override
        public String getCallbackName() {
            return "other node";
        }
    }
}
