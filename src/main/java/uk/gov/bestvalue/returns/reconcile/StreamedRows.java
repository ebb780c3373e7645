package uk.gov.bestvalue.returns.reconcile;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * A query whose rows are handled one at a time as the database sends them, on a connection of its own, so that
 * memory stays flat however many rows there are and the handler may write through the transaction's connection
 * meanwhile (MySQL's driver allows nothing else on a connection while it streams a result).
 */
final class StreamedRows {

    private StreamedRows() {
    }

    /** Runs the query and hands each row to the handler. */
    static void query(DataSource dataSource, String sql, RowCallbackHandler handler, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                     ResultSet.CONCUR_READ_ONLY)) {
            // Connector/J streams row by row only with this fetch size; otherwise it holds the whole result. H2
            // keeps a large result on disk; its lazy mode would stream, but lost pages under concurrent writes here
            // ("Chunk not found"), so it is not used.
            boolean mysql = connection.getMetaData().getDriverName().toLowerCase().contains("mysql");
            statement.setFetchSize(mysql ? Integer.MIN_VALUE : 1_000);
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
}
