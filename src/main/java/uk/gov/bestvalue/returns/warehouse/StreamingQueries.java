package uk.gov.bestvalue.returns.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Queries whose rows are handled as the database sends them, so that memory stays flat however many rows there are.
 * MySQL's driver holds a whole result in memory unless the fetch size is {@code Integer.MIN_VALUE} (row by row),
 * which H2 refuses; H2 gets a plain fetch size and keeps a large result on disk. (H2's lazy mode would stream, but
 * lost pages under concurrent writes here, "Chunk not found", so it is not used.)
 */
public final class StreamingQueries {

    private static final int H2_FETCH_SIZE = 1000;

    private StreamingQueries() {
    }

    /** A JdbcClient whose queries stream, on the connection of the current transaction if there is one. */
    public static JdbcClient client(DataSource dataSource) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            JdbcTemplate template = new JdbcTemplate(dataSource);
            template.setFetchSize(fetchSize(connection));
            return JdbcClient.create(template);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Runs a query on a connection of its own and hands each row to the handler, which may meanwhile write through
     * the transaction's connection (MySQL's driver allows nothing else on a connection while it streams a result).
     */
    public static void forEachRow(DataSource dataSource, String sql, RowCallbackHandler handler, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_READ_ONLY)) {
            statement.setFetchSize(fetchSize(connection));
            new ArgumentPreparedStatementSetter(parameters).setValues(statement);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    handler.processRow(rs);
                }
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot read " + sql, e);
        }
    }

    private static int fetchSize(Connection connection) {
        try {
            String driver = connection.getMetaData().getDriverName().toLowerCase(Locale.ROOT);
            return driver.contains("mysql") || driver.contains("mariadb") ? Integer.MIN_VALUE : H2_FETCH_SIZE;
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("Cannot tell which database the warehouse is", e);
        }
    }
}
