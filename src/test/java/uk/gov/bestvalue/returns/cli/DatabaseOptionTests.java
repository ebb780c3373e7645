package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** {@code bench --db}: the database to measure, as the datasource settings it stands for. */
class DatabaseOptionTests {

    @Test
    void mysqlNamesTheLocalServerInADatabaseOfTheBenchmarksOwn() {
        String[] args = DatabaseOption.apply(new String[] {"bench", "--rows", "1000", "--db", "mysql"}, Map.of());

        assertThat(args).containsExactly("bench", "--rows", "1000",
                "--spring.datasource.url=jdbc:mysql://127.0.0.1:3306/returns_bench?createDatabaseIfNotExist=true"
                        + "&rewriteBatchedStatements=true",
                "--spring.datasource.username=root", "--spring.datasource.password=");
    }

    @Test
    void h2IsTheEmbeddedDefaultAndAddsNothing() {
        assertThat(DatabaseOption.apply(new String[] {"bench", "--db=h2"}, Map.of())).containsExactly("bench");
        assertThat(DatabaseOption.apply(new String[] {"demo"}, Map.of())).containsExactly("demo");
    }

    @Test
    void aDatasourceUrlGivenWinsOverTheLocalServer() {
        String url = "--spring.datasource.url=jdbc:mysql://warehouse:3306/bench?rewriteBatchedStatements=true";

        assertThat(DatabaseOption.apply(new String[] {"bench", "--db=mysql", url}, Map.of()))
                .containsExactly("bench", url);
        assertThat(DatabaseOption.apply(new String[] {"bench", "--db=mysql"},
                Map.of("SPRING_DATASOURCE_URL", "jdbc:mysql://warehouse:3306/bench"))).containsExactly("bench");
    }

    @Test
    void anotherDatabaseOrAnotherCommandIsRefusedWithTheReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DatabaseOption.apply(new String[] {"bench", "--db", "postgres"}, Map.of()))
                .withMessage("--db must be h2 or mysql, not 'postgres'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DatabaseOption.apply(new String[] {"bench", "--db"}, Map.of()))
                .withMessage("--db needs a value: h2 or mysql");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> DatabaseOption.apply(new String[] {"monthly", "--period", "2016-01", "--db=mysql"},
                        Map.of()))
                .withMessageStartingWith("--db is an option of bench");
    }
}
