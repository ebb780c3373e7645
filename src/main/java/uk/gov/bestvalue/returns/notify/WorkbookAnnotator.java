package uk.gov.bestvalue.returns.notify;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.workbook.SheetInfo;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.WorkbookFormat;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * Writes a return's workbook back to its owner annotated: each finding's cell filled red (error) or amber
 * (warning) with a comment giving the rule and the fix, and a {@code Findings} sheet first listing every finding
 * with a link to its cell. An .xls comes back as .xls, an .xlsx as .xlsx (edited whole below
 * {@link AnnotationSettings#streamAboveBytes()}, copied by streaming above it), a CSV file as an .xlsx whose one
 * sheet holds its rows as text under the name the CSV reader gives it, so the findings' cells are where they say.
 */
@Component
public class WorkbookAnnotator {

    private static final Logger log = LoggerFactory.getLogger(WorkbookAnnotator.class);
    private static final int BUFFER = 256 * 1024;

    private final AnnotationSettings settings;

    public WorkbookAnnotator(AnnotationSettings settings) {
        this.settings = settings;
    }

    /**
     * Annotates {@code original} (its format told from its bytes) with {@code findings} and writes the copy into
     * {@code targetFolder} as {@code <name>-checked.xlsx} (or {@code .xls}), replacing any earlier copy.
     *
     * @param originalFileName the name the owner sent the file under, for the attachment's name and the title
     * @throws IOException when the file cannot be read as a spreadsheet or the copy cannot be written
     */
    public AnnotatedWorkbook annotate(Path original, String originalFileName, List<Finding> findings,
                                      Path targetFolder) throws IOException {
        long started = System.nanoTime();
        Files.createDirectories(targetFolder);
        Path temporary = Files.createTempFile(targetFolder, ".annotating-", ".tmp");
        try {
            Written written = write(original, originalFileName, findings, temporary);
            boolean xls = written.format() == WorkbookFormat.XLS;
            String fileName = stem(originalFileName) + "-checked" + (xls ? ".xls" : ".xlsx");
            Path target = targetFolder.resolve(fileName);
            move(temporary, target);
            log.info("Annotated {} ({}, {}): {} findings, {} listed, in {} ms", fileName, written.format(),
                    written.streamed() ? "streamed copy" : "edited whole", findings.size(), written.listed(),
                    (System.nanoTime() - started) / 1_000_000);
            return new AnnotatedWorkbook(target, fileName, xls ? AnnotatedWorkbook.XLS_TYPE
                    : AnnotatedWorkbook.XLSX_TYPE, written.listed(), findings.size());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Lists the findings of a file too large to send back whole in {@code <name>-findings.xlsx}: one sheet, every
     * finding with its cell, in flat memory.
     */
    public AnnotatedWorkbook listFindings(String originalFileName, List<Finding> findings, Path targetFolder)
            throws IOException {
        Files.createDirectories(targetFolder);
        Path temporary = Files.createTempFile(targetFolder, ".listing-", ".tmp");
        try {
            try (OutputStream out = output(temporary)) {
                FindingsList.write(originalFileName, findings, out);
            }
            String fileName = stem(originalFileName) + "-findings.xlsx";
            Path target = targetFolder.resolve(fileName);
            move(temporary, target);
            return new AnnotatedWorkbook(target, fileName, AnnotatedWorkbook.XLSX_TYPE, findings.size(), findings.size());
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private record Written(WorkbookFormat format, boolean streamed, int listed) {
    }

    private Written write(Path original, String fileName, List<Finding> findings, Path target) throws IOException {
        WorkbookFormat format;
        try (WorkbookFile source = Workbooks.open(original)) {
            format = source.format();
            if (format == WorkbookFormat.CSV
                    || format == WorkbookFormat.XLSX && inflatedSize(original) > settings.streamAboveBytes()) {
                try (OutputStream out = output(target)) {
                    return new Written(format, true, StreamedCopyAnnotation.write(source, sheetNames(source, findings),
                            fileName, findings, settings.maxListed(), out));
                }
            }
        }
        try (OutputStream out = output(target)) {
            return new Written(format, false,
                    WholeWorkbookAnnotation.write(original, format, fileName, findings, settings.maxListed(), out));
        }
    }

    /**
     * The names of the copy's sheets. A CSV file's one sheet is named after the file, so a file renamed since it
     * was checked (e.g. {@code name (2).csv} in the archive) takes the name its findings give it.
     */
    private static List<String> sheetNames(WorkbookFile source, List<Finding> findings) {
        List<String> names = new ArrayList<>(source.sheets().stream().map(SheetInfo::name).toList());
        if (source.format() == WorkbookFormat.CSV) {
            Set<String> named = findings.stream().map(f -> f.cell().sheet()).collect(Collectors.toSet());
            if (named.size() == 1 && !named.contains(names.get(0))) {
                names.set(0, named.iterator().next());
            }
        }
        return names;
    }

    /** What the package's parts take once inflated: the measure of what POI's usermodel would hold. */
    static long inflatedSize(Path xlsx) throws IOException {
        long total = 0;
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                // an unknown size (a streamed zip) counts as ten times its compressed size, the usual ratio
                total += entry.getSize() >= 0 ? entry.getSize() : Math.max(0, entry.getCompressedSize()) * 10;
            }
        }
        return total;
    }

    static String stem(String fileName) {
        String name = Path.of(fileName).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static OutputStream output(Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
