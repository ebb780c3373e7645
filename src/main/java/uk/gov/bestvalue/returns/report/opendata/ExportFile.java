package uk.gov.bestvalue.returns.report.opendata;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * A file written beside its final name and moved into place once complete, so a folder being published never holds
 * half a file; closed without {@link #commit()}, the partial file is deleted.
 */
final class ExportFile implements Closeable {

    private final Path target;
    private final Path partial;
    private final OutputStream output;
    private boolean committed;

    private ExportFile(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.target = target;
        this.partial = target.resolveSibling(target.getFileName() + ".partial");
        this.output = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16);
    }

    static ExportFile create(Path folder, String name) throws IOException {
        return new ExportFile(folder.resolve(name));
    }

    OutputStream output() {
        return output;
    }

    /** RFC 4180 CSV in UTF-8 without a BOM: commas, CRLF, quotes only where a value needs them. */
    ICSVWriter csv() {
        return new CSVWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), ICSVWriter.DEFAULT_SEPARATOR,
                ICSVWriter.DEFAULT_QUOTE_CHARACTER, ICSVWriter.DEFAULT_ESCAPE_CHARACTER, ICSVWriter.RFC4180_LINE_END);
    }

    /** Flushes a CSV writer, failing if any of its writes failed (OpenCSV keeps write errors to itself). */
    static void finish(ICSVWriter csv) throws IOException {
        csv.flush();
        if (csv.checkError()) {
            throw new IOException("A CSV export could not be written", csv.getException());
        }
    }

    /** Moves the finished file to its name; the caller has flushed whatever wrote to {@link #output()}. */
    Path commit() throws IOException {
        output.close();
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        return target;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            output.close();
            Files.deleteIfExists(partial);
        }
    }
}
