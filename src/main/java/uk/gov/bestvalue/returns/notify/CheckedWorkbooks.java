package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
class CheckedWorkbooks {

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

    /** Writes the checked copy of the batch's file, or the list of its findings. */
    Checked write(LoadBatch batch, Path file, List<Finding> findings) {
        Path folder = root.resolve(batch.period() == null ? "undated" : batch.period()).resolve(String.valueOf(batch.id()));
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
