package uk.gov.bestvalue.returns.report.opendata;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * A JdbcClient whose queries stream their rows rather than hold them all: MySQL's driver reads a whole result into
 * memory unless the fetch size is {@code Integer.MIN_VALUE} (row by row), which H2 refuses; H2 gets a plain one.
 */
final class StreamingJdbc {

    private static final int FETCH_SIZE = 1000;

    private StreamingJdbc() {
    }

    static JdbcClient client(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(isMySql(dataSource) ? Integer.MIN_VALUE : FETCH_SIZE);
        return JdbcClient.create(template);
    }

    private static boolean isMySql(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            String driver = connection.getMetaData().getDriverName().toLowerCase(Locale.ROOT);
            return driver.contains("mysql") || driver.contains("mariadb");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell which database the warehouse is", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
