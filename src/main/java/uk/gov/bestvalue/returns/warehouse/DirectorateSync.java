package uk.gov.bestvalue.returns.warehouse;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;

/**
 * Keeps the directorate dimension in line with {@code owners.yml} at every start, before any command runs; several
 * nodes may start at once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectorateSync implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final OwnersDirectory owners;

    DirectorateSync(JdbcClient jdbc, OwnersDirectory owners) {
        this.jdbc = jdbc;
        this.owners = owners;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Directorate directorate : owners.directorates()) {
            int updated = jdbc.sql("UPDATE directorate SET name = ? WHERE directorate_id = ?")
                    .params(directorate.name(), directorate.id()).update();
            if (updated == 0) {
                try {
                    jdbc.sql("INSERT INTO directorate (directorate_id, name) VALUES (?, ?)")
                            .params(directorate.id(), directorate.name()).update();
                } catch (DuplicateKeyException insertedByAnotherNode) {
                    // two nodes starting at once on a new warehouse: the other one's row has the same name
                }
            }
        }
    }
}
