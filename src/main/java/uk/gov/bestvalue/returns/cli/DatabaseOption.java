package uk.gov.bestvalue.returns.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code bench --db h2|mysql}: which database the benchmark measures, turned into the datasource's settings before
 * the application starts (the datasource is built from them). {@code h2}, the default, is the embedded warehouse;
 * {@code mysql} is the local MySQL or MariaDB server (127.0.0.1:3306, root, no password) in a database of the
 * benchmark's own, {@code returns_bench}, created when missing, with the batched inserts rewritten as multi-row
 * ones. A datasource URL given on the command line or in {@code SPRING_DATASOURCE_URL} wins over either.
 */
public final class DatabaseOption {

    static final String MYSQL_URL = "jdbc:mysql://127.0.0.1:3306/returns_bench?createDatabaseIfNotExist=true"
            + "&rewriteBatchedStatements=true";

    private DatabaseOption() {
    }

    /** The command line with {@code --db} replaced by the datasource's settings it stands for. */
    public static String[] apply(String[] args, Map<String, String> environment) {
        List<String> rest = new ArrayList<>();
        String database = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--db=")) {
                database = args[i].substring("--db=".length());
            } else if (args[i].equals("--db")) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException("--db needs a value: h2 or mysql");
                }
                database = args[++i];
            } else {
                rest.add(args[i]);
            }
        }
        if (database != null && !rest.contains("bench")) {
            throw new IllegalArgumentException("--db is an option of bench; the other commands use the warehouse "
                    + "named by spring.datasource.url (SPRING_DATASOURCE_URL)");
        }
        if (database == null || database.equals("h2")) {
            return rest.toArray(String[]::new);
        }
        if (!database.equals("mysql")) {
            throw new IllegalArgumentException("--db must be h2 or mysql, not '" + database + "'");
        }
        boolean urlGiven = environment.containsKey("SPRING_DATASOURCE_URL")
                || rest.stream().anyMatch(arg -> arg.startsWith("--spring.datasource.url="));
        if (!urlGiven) {
            // the server's own account on a fresh machine; a production server is named with spring.datasource.*
            rest.addAll(List.of("--spring.datasource.url=" + MYSQL_URL, "--spring.datasource.username=root",
                    "--spring.datasource.password="));
        }
        return rest.toArray(String[]::new);
    }
}
