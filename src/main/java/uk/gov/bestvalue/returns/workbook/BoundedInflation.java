package uk.gov.bestvalue.returns.workbook;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes a zip part unpacks to as they are read, and stops at the inflate-ratio limit and at the size the
 * central directory declared: the directory's sizes are judged before reading (their total against the limit on
 * unpacked size), and a part whose data unpacks to more than its header said is a lying header, stopped here.
 */
final class BoundedInflation extends FilterInputStream {

    private final String part;
    private final long declared;
    private final long compressed;
    private final ReadLimits limits;
    private long read;

    BoundedInflation(InputStream in, String part, long declared, long compressed, ReadLimits limits) {
        super(in);
        this.part = part;
        this.declared = declared < 0 ? limits.maxUncompressedBytes() : declared;
        this.compressed = compressed;
        this.limits = limits;
    }

    /** How many times larger than its packed form a part is; a part stored unpacked or empty has ratio 1. */
    static long ratio(long size, long compressed) {
        return compressed <= 0 ? 1 : size / compressed;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) throws UnreadableWorkbookException {
        read += n;
        long ratio = ratio(read, compressed);
        if (read > ReadLimits.RATIO_GRACE_BYTES && ratio > limits.maxInflateRatio()) {
            throw UnreadableWorkbookException.inflateRatio(part, ratio, limits.maxInflateRatio());
        }
        if (read > declared) {
            throw UnreadableWorkbookException.corrupt("the part " + part + " holds more data than the file's index "
                    + "says", null);
        }
    }
}
