package uk.gov.bestvalue.returns.workbook;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** The zip container of an xlsx file, finding parts by name the way Excel does (ignoring case and slashes). */
final class XlsxPackage implements Closeable {

    private static final int BUFFER = 64 * 1024;

    private final ZipFile zip;
    private final ReadLimits limits;
    private Map<String, ZipEntry> byLowerCaseName;

    private XlsxPackage(ZipFile zip, ReadLimits limits) {
        this.zip = zip;
        this.limits = limits;
    }

    static XlsxPackage open(Path file, ReadLimits limits) throws UnreadableWorkbookException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw UnreadableWorkbookException.corrupt("the zip structure is broken", e);
        } catch (IOException e) {
            throw UnreadableWorkbookException.whileReading("opening the file", e);
        }
        try {
            checkDeclaredSizes(zip, limits);
        } catch (UnreadableWorkbookException e) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // already failing with a more useful error
            }
            throw e;
        }
        return new XlsxPackage(zip, limits);
    }

    /** The central directory's sizes, judged before a byte is unpacked; a lying header is caught while reading. */
    private static void checkDeclaredSizes(ZipFile zip, ReadLimits limits) throws UnreadableWorkbookException {
        long total = 0;
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry entry = e.nextElement();
            long size = Math.max(0, entry.getSize());
            total += size;
            if (total > limits.maxUncompressedBytes()) {
                throw UnreadableWorkbookException.unpacksTooLarge(String.format(Locale.UK, "over %,d", total >> 20),
                        limits.maxUncompressedBytes());
            }
            long ratio = BoundedInflation.ratio(size, entry.getCompressedSize());
            if (size > ReadLimits.RATIO_GRACE_BYTES && ratio > limits.maxInflateRatio()) {
                throw UnreadableWorkbookException.inflateRatio(entry.getName(), ratio, limits.maxInflateRatio());
            }
        }
    }

    ReadLimits limits() {
        return limits;
    }

    boolean has(String part) {
        return entry(part) != null;
    }

    /** A buffered stream over a part, or null when the package has no such part. */
    InputStream stream(String part) throws IOException {
        ZipEntry entry = entry(part);
        if (entry == null) {
            return null;
        }
        InputStream counted = new BoundedInflation(zip.getInputStream(entry), entry.getName(), entry.getSize(),
                entry.getCompressedSize(), limits);
        return new BufferedInputStream(counted, BUFFER);
    }

    private ZipEntry entry(String part) {
        ZipEntry entry = zip.getEntry(part);
        if (entry != null) {
            return entry;
        }
        if (byLowerCaseName == null) {
            byLowerCaseName = new HashMap<>();
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry each = e.nextElement();
                byLowerCaseName.putIfAbsent(normalise(each.getName()), each);
            }
        }
        return byLowerCaseName.get(normalise(part));
    }

    private static String normalise(String name) {
        String slashes = name.replace('\\', '/');
        return (slashes.startsWith("/") ? slashes.substring(1) : slashes).toLowerCase(Locale.ROOT);
    }

    /** Resolves a relationship target against the folder of the part that refers to it. */
    static String resolve(String sourcePart, String target) {
        if (target.startsWith("/")) {
            return target.substring(1);
        }
        StringBuilder path = new StringBuilder(sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1));
        for (String segment : target.split("/")) {
            if (segment.equals("..")) {
                int end = path.length() - 1;
                int slash = end <= 0 ? -1 : path.lastIndexOf("/", end - 1);
                path.setLength(slash + 1);
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                path.append(segment).append('/');
            }
        }
        return path.length() == 0 ? "" : path.substring(0, path.length() - 1);
    }

    /** The rels part that belongs to a part, e.g. {@code xl/_rels/workbook.xml.rels}. */
    static String relsOf(String part) {
        int slash = part.lastIndexOf('/');
        return part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
