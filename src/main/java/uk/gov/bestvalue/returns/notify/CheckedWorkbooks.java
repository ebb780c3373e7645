package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.PipelineProperties;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;

/**
 * Keeps the checked copy of each loaded file that has findings under {@code checked/<period>/<batch id>/}, named
 * after the original, to be attached to its owners' emails (and kept, so a retried email can still attach it). A
 * file larger than an email may carry gets the list of its findings instead: marking a copy nobody can receive
 * would only cost minutes (a million-row workbook takes three).
 */
@Component
public class CheckedWorkbooks {

    private final WorkbookAnnotator annotator;
    private final Path root;
    private final long maxAttachmentBytes;

    CheckedWorkbooks(WorkbookAnnotator annotator, PipelineProperties properties, OutboxSettings outbox) {
        this.annotator = annotator;
        this.root = properties.folders().checked();
        this.maxAttachmentBytes = outbox.maxAttachmentBytes();
    }

    /** The file to attach, and whether it is the owner's workbook marked (else the list of findings alone). */
    record Checked(EmailAttachment attachment, boolean marked) {
    }

    /**
     * The checked copy of a batch's file to download: the one kept for its email, else one written now from the
     * archived file the batch records ({@code stored_as}); empty when the batch has no findings or no archived file.
     * The folder is the batch's own, found from its id and period alone.
     */
    public Optional<EmailAttachment> forBatch(LoadBatch batch, List<Finding> findings) {
        if (findings.isEmpty()) {
            return Optional.empty();
        }
        Optional<Path> kept = kept(folder(batch));
        if (kept.isPresent()) {
            return kept.map(file -> new EmailAttachment(file, file.getFileName().toString(), mimeType(file)));
        }
        if (batch.storedAs() == null || !Files.isRegularFile(Path.of(batch.storedAs()))) {
            return Optional.empty();
        }
        return Optional.of(write(batch, Path.of(batch.storedAs()), findings).attachment());
    }

    private Path folder(LoadBatch batch) {
        return root.resolve(batch.period() == null ? "undated" : batch.period()).resolve(String.valueOf(batch.id()));
    }

    /** The copy written for the email: the folder's one file that is not a write in progress. */
    private static Optional<Path> kept(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .filter(f -> f.getFileName().toString().matches(".*-(checked\\.xlsx?|findings\\.xlsx)"))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("The checked workbooks of " + folder + " cannot be listed", e);
        }
    }

    private static String mimeType(Path file) {
        return file.getFileName().toString().endsWith(".xls") ? AnnotatedWorkbook.XLS_TYPE : AnnotatedWorkbook.XLSX_TYPE;
    }

    /** Writes the checked copy of the batch's file, or the list of its findings. */
    Checked write(LoadBatch batch, Path file, List<Finding> findings) {
        Path folder = folder(batch);
        try {
            Files.createDirectories(folder);
            boolean marked = Files.size(file) <= maxAttachmentBytes;
            AnnotatedWorkbook checked = null;
            if (marked) {
                try {
                    checked = annotator.annotate(file, batch.fileName(),
                            findings, folder);
                } catch (IOException | RuntimeException e) {
                    // a workbook the reader took but the writer refuses (strict OOXML, say): send the list instead
                    marked = false;
                }
            }
            checked = checked != null ? checked : annotator.listFindings(batch.fileName(), findings, folder);
            return new Checked(new EmailAttachment(checked.file(), checked.fileName(), checked.mimeType()), marked);
        } catch (IOException e) {
            throw new UncheckedIOException("The checked workbook of " + batch.fileName() + " cannot be written", e);
        }
    }
}
