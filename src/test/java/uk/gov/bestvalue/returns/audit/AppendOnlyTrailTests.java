package uk.gov.bestvalue.returns.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Nothing the product ships (its code, its migrations) changes or removes an audit event: the trail only grows. */
class AppendOnlyTrailTests {

    private static final Pattern CHANGE = Pattern.compile(
            "(?i)(update\\s+audit_event|delete\\s+from\\s+audit_event|truncate\\s+(table\\s+)?audit_event"
                    + "|drop\\s+table\\s+(if\\s+exists\\s+)?audit_event|alter\\s+table\\s+audit_event\\s+drop)");

    @Test
    void noStatementOfTheProductUpdatesOrDeletesAnAuditEvent() throws IOException {
        // given every source file and migration of the product
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main"), Path.of("sql"))) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(f -> f.toString().matches(".*\\.(java|sql|ya?ml|xml|properties)$")).forEach(files::add);
            }
        }

        // when each is searched for a statement that changes the trail
        List<String> offending = new ArrayList<>();
        for (Path file : files) {
            if (CHANGE.matcher(Files.readString(file)).find()) {
                offending.add(file.toString());
            }
        }

        // then none is found, and the table the search is about exists
        assertThat(files).contains(Path.of("sql/common/V20__audit_event.sql"));
        assertThat(offending).isEmpty();
        assertThat(CHANGE.matcher("DELETE FROM audit_event WHERE 1 = 1").find()).as("the search finds a change").isTrue();
    }
}
