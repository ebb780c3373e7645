package uk.gov.bestvalue.returns.intake;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of its own, fresh each run, on the suite's MySQL/MariaDB server and as the suite's user, for the fault
 * tests whose JVMs share one warehouse (an embedded H2 file database is one process's, so they skip on H2).
 */
record SharedDatabase(String url, String user, String password) {

    private static final Pattern MYSQL = Pattern.compile("(jdbc:mysql://[^/]+/)([^?]+)(.*)");

    /** Drops and creates the suite's database name with this suffix; skips the test when the suite runs on H2. */
    static SharedDatabase freshOrSkip(String suffix) throws SQLException {
        Matcher mysql = MYSQL.matcher(System.getProperty("spring.datasource.url", ""));
        assumeTrue(mysql.matches(), "two JVMs share a MySQL/MariaDB warehouse (-Pmysql); an embedded H2 file database "
                + "is one process's");
        String user = System.getProperty("spring.datasource.username", "root");
        String password = System.getProperty("spring.datasource.password", "");
        String name = mysql.group(2) + suffix;
        try (Connection server = DriverManager.getConnection(mysql.group(1) + mysql.group(3), user, password)) {
            server.createStatement().execute("DROP DATABASE IF EXISTS " + name);
            server.createStatement().execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        return new SharedDatabase(mysql.group(1) + name + mysql.group(3), user, password);
    }

    /** A connection of the test's own, to watch what the nodes do. */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Puts the settings a child JVM needs to use the database. */
    void putInto(Map<String, String> settings) {
        settings.put("spring.datasource.url", url);
        settings.put("spring.datasource.username", user);
        settings.put("spring.datasource.password", password);
    }
}
