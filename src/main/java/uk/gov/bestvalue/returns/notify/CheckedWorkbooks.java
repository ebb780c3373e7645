package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.PipelineProperties;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;

/**
 * Keeps the checked copy of each loaded file that has findings under {@code checked/<period>/<batch id>/}, named
 * after the original, to be attached to its owners' emails (and kept, so a retried email can still attach it).
 */
@Component
class CheckedWorkbooks {

    private final WorkbookAnnotator annotator;
    private final Path root;

    CheckedWorkbooks(WorkbookAnnotator annotator, PipelineProperties properties) {
        this.annotator = annotator;
        this.root = properties.folders().checked();
    }

    /** Writes the checked copy of the batch's file; the attachment that carries it. */
    EmailAttachment write(LoadBatch batch, Path file, List<Finding> findings) {
        Path folder = root.resolve(batch.period() == null ? "undated" : batch.period()).resolve(String.valueOf(batch.id()));
        try {
            Files.createDirectories(folder);
            AnnotatedWorkbook checked = annotator.annotate(file, batch.fileName(), findings, folder);
            return new EmailAttachment(checked.file(), checked.fileName(), checked.mimeType());
        } catch (IOException e) {
            throw new UncheckedIOException("The checked workbook of " + batch.fileName() + " cannot be written", e);
        }
    }
}
