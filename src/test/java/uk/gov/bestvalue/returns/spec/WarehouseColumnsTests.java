package uk.gov.bestvalue.returns.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The sizes of the warehouse's text and decimal columns, read from the migrations. */
class WarehouseColumnsTests {

    @Test
    void readsEveryMigrationAsWholeScriptPatternsDid() throws IOException {
        // given the packaged migrations, in version order
        List<Path> migrations;
        try (Stream<Path> files = Files.list(Path.of("sql/common"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(Comparator.comparingInt(WarehouseColumnsTests::version)).toList();
        }
        String[] scripts = new String[migrations.size()];
        for (int i = 0; i < scripts.length; i++) {
            scripts[i] = Files.readString(migrations.get(i));
        }

        // when
        Map<String, WarehouseColumns.Size> sizes = WarehouseColumns.parse(scripts).sizes();

        // then
        assertThat(sizes).hasSizeGreaterThan(100).isEqualTo(WholeScriptPatterns.parse(scripts));
        assertThat(sizes).isEqualTo(WarehouseColumns.migrations().sizes());
    }

    @Test
    void readsCreateAndAlterWrittenInAnyCaseAndSpacing() {
        // given
        String script = """
                create table Grant_Fact (grant_ref VARCHAR(40),
                    amount   decimal(12 , 2) NOT NULL,
                    note TEXT,
                    start_date DATE
                );
                CREATE TABLE IF NOT EXISTS skipped (name VARCHAR(9)
                );
                ALTER TABLE grant_fact ADD COLUMN lot VARCHAR(255) NULL;
                alter table Grant_Fact add column grant_ref varchar(80);
                """;

        // when
        Map<String, WarehouseColumns.Size> sizes = WarehouseColumns.parse(script).sizes();

        // then a later ALTER changes a column's size; CREATE ... IF NOT EXISTS is not read, as before
        assertThat(sizes).isEqualTo(WholeScriptPatterns.parse(script)).containsOnly(
                Map.entry("grant_fact.grant_ref", new WarehouseColumns.Size(80, 0, 0)),
                Map.entry("grant_fact.amount", new WarehouseColumns.Size(0, 12, 2)),
                Map.entry("grant_fact.lot", new WarehouseColumns.Size(255, 0, 0)));
    }

    private static int version(Path migration) {
        Matcher digits = Pattern.compile("^V(\\d+)__").matcher(migration.getFileName().toString());
        return digits.find() ? Integer.parseInt(digits.group(1)) : Integer.MAX_VALUE;
    }

    /** The migrations read as patterns searching each whole script did, before the searches were anchored. */
    private static final class WholeScriptPatterns {

        private static final Pattern TABLE = Pattern.compile("(?i)CREATE TABLE\\s+(\\w+)\\s*\\((.*?)\\n\\);",
                Pattern.DOTALL);
        private static final Pattern ALTER = Pattern.compile(
                "(?i)ALTER TABLE\\s+(\\w+)\\s+ADD COLUMN\\s+(\\w+\\s+[^,;]+)");
        private static final Pattern COLUMN = Pattern.compile(
                "(?im)^\\s*(\\w+)\\s+(?:VARCHAR\\((\\d+)\\)|DECIMAL\\((\\d+)\\s*,\\s*(\\d+)\\))");

        static Map<String, WarehouseColumns.Size> parse(String... scripts) {
            Map<String, WarehouseColumns.Size> sizes = new HashMap<>();
            for (String script : scripts) {
                Matcher table = TABLE.matcher(script);
                while (table.find()) {
                    columns(table.group(1), table.group(2), sizes);
                }
                Matcher alter = ALTER.matcher(script);
                while (alter.find()) {
                    columns(alter.group(1), alter.group(2), sizes);
                }
            }
            return sizes;
        }

        private static void columns(String table, String definitions, Map<String, WarehouseColumns.Size> sizes) {
            Matcher column = COLUMN.matcher(definitions);
            while (column.find()) {
                WarehouseColumns.Size size = column.group(2) != null
                        ? new WarehouseColumns.Size(Integer.parseInt(column.group(2)), 0, 0)
                        : new WarehouseColumns.Size(0, Integer.parseInt(column.group(3)),
                                Integer.parseInt(column.group(4)));
                sizes.put((table + "." + column.group(1)).toLowerCase(Locale.ROOT), size);
            }
        }
    }
}
