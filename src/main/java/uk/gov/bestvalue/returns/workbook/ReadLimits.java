package uk.gov.bestvalue.returns.workbook;

/**
 * How much of a file the pipeline will read before refusing it: a small file can unpack into gigabytes or hold
 * millions of strings, so every size that decides memory or time is capped, and checked before or while reading,
 * never after. Each breach is a rejection whose reason names the figure and the limit.
 *
 * @param maxFileBytes          the file itself, on disk
 * @param maxUncompressedBytes  all parts of an xlsx package once unpacked (declared sizes, then counted as read)
 * @param maxInflateRatio       how many times larger than its compressed form a part may unpack (a zip bomb's mark);
 *                              checked only once a part is over {@link #RATIO_GRACE_BYTES}, as tiny parts pack well
 * @param maxSharedStrings      distinct strings in the shared-strings table
 * @param maxSharedStringsBytes the memory the shared strings may take (estimated); never more than a third of the heap
 * @param maxCellsPerRow        cells holding a value in one row
 * @param maxSheets             sheets in a workbook
 * @param maxCellChars          characters in one cell (Excel's own limit is 32,767)
 */
public record ReadLimits(long maxFileBytes, long maxUncompressedBytes, int maxInflateRatio, int maxSharedStrings,
                         long maxSharedStringsBytes, int maxCellsPerRow, int maxSheets, int maxCellChars) {

    /** Parts smaller than this unpacked are never judged by their ratio. */
    public static final long RATIO_GRACE_BYTES = 1024 * 1024;

    /** The defaults written in application.yml. */
    public static final ReadLimits DEFAULTS = new ReadLimits(104_857_600L, 1_073_741_824L, 200, 1_000_000,
            104_857_600L, 5_000, 250, 32_767);

    /** The defaults with another cap on the file's size. */
    public static ReadLimits withMaxFileBytes(long maxFileBytes) {
        return DEFAULTS.maxFileBytes(maxFileBytes);
    }

    /** These limits with another cap on the file's size. */
    public ReadLimits maxFileBytes(long bytes) {
        return new ReadLimits(bytes, maxUncompressedBytes, maxInflateRatio, maxSharedStrings, maxSharedStringsBytes,
                maxCellsPerRow, maxSheets, maxCellChars);
    }

    /** The memory budget of the shared strings in this JVM: the limit, or a third of the heap if that is less. */
    long sharedStringsBudget() {
        return Math.min(maxSharedStringsBytes, Runtime.getRuntime().maxMemory() / 3);
    }
}
