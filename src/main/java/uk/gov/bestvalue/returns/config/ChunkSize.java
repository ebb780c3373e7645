package uk.gov.bestvalue.returns.config;

/**
 * Rows written to the warehouse per transaction: {@code pipeline.chunk-size} where it is set, otherwise chosen for the
 * database. A crash loses at most one chunk, which the restart writes again.
 *
 * @param rows rows per transaction, at least one
 */
public record ChunkSize(int rows) {

    /**
     * On MySQL/MariaDB, where a chunk's facts go as one {@code LOAD DATA} statement (with {@code allowLoadLocalInfile}
     * in the URL, as README's has), fewer and larger statements load faster: a million rows took 22 to 23 s as
     * 5,000-row chunks against 26 to 27 s as 1,000-row ones, loaded alternately.
     */
    static final int MYSQL_DEFAULT = 5000;
    /**
     * H2 holds a transaction's changes in the heap and loads no faster in larger chunks (a million rows: 47 s as
     * 1,000-row chunks, 52 s as 5,000-row ones, with more of a 256 MB heap taken).
     */
    static final int H2_DEFAULT = 1000;

    public ChunkSize {
        if (rows < 1) {
            throw new IllegalArgumentException("pipeline.chunk-size must be at least 1, not " + rows);
        }
    }

    /** The size set, or for {@code configured} zero the default for the database the URL names. */
    public static ChunkSize of(int configured, String databaseUrl) {
        if (configured != 0) {
            return new ChunkSize(configured);
        }
        boolean mysql = databaseUrl != null
                && (databaseUrl.startsWith("jdbc:mysql:") || databaseUrl.startsWith("jdbc:mariadb:"));
        return new ChunkSize(mysql ? MYSQL_DEFAULT : H2_DEFAULT);
    }
}
