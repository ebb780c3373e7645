package uk.gov.bestvalue.returns.rebuild;

/** One warehouse table as the rebuild compares it: its rows in scope and an order-independent checksum of them. */
public record TableChecksum(String table, long rows, String checksum) {

    /** Whether another warehouse's table holds the same rows. */
    public boolean sameAs(TableChecksum other) {
        return rows == other.rows && checksum.equals(other.checksum);
    }
}
