package uk.gov.bestvalue.returns.notify;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.warehouse.FindingRepository;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadBatchColumns;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * Tells a file's owners what became of it: one email per owner per file, to the directorate's owners in
 * {@code owners.yml} and the contact on its cover, with their workbook back, checked, when it has findings. It only
 * ever holds that one file's findings, so an owner never sees another directorate's data. Files nobody can be
 * found for go to the programme office.
 */
@Component
public class OwnerNotifier {

    private static final Logger log = LoggerFactory.getLogger(OwnerNotifier.class);

    private final LoadBatchRepository batches;
    private final FindingRepository findings;
    private final OwnersDirectory owners;
    private final ReturnCatalog catalog;
    private final LoadBatchColumns columns;
    private final CheckedWorkbooks checkedWorkbooks;
    private final Outbox outbox;

    public OwnerNotifier(LoadBatchRepository batches, FindingRepository findings, OwnersDirectory owners,
                         ReturnCatalog catalog, LoadBatchColumns columns, CheckedWorkbooks checkedWorkbooks,
                         Outbox outbox) {
        this.columns = columns;
        this.batches = batches;
        this.findings = findings;
        this.owners = owners;
        this.catalog = catalog;
        this.checkedWorkbooks = checkedWorkbooks;
        this.outbox = outbox;
    }

    /** Queues the email about a rejected or duplicate file (there is no workbook to send back). */
    public void notifyProcessed(long loadBatchId) {
        notifyProcessed(loadBatchId, null);
    }

    /** Queues the email about a loaded file, with the file annotated when it has findings. */
    public void notifyProcessed(long loadBatchId, Path file) {
        LoadBatch batch = batches.find(loadBatchId).orElseThrow();
        Directorate directorate = batch.directorateId() == null ? null : owners.byId(batch.directorateId()).orElse(null);
        ReturnSpec spec = batch.returnType() == null ? null : catalog.byId(batch.returnType()).orElse(null);
        String returnTitle = spec != null ? spec.title() : batch.returnType();
        // the fields named as the owner reads them, in the email as on the checked workbook's Findings sheet
        List<Finding> batchFindings = OwnersColumnTitles.apply(columns.titlesByField(loadBatchId, batch.sourceSheet()),
                spec, findings.findByBatch(loadBatchId));
        CheckedWorkbooks.Checked checked = file == null || batchFindings.isEmpty() ? null
                : checkedWorkbook(batch, file, batchFindings);
        outbox.queue(OwnerEmailComposer.compose(batch, directorate == null ? null : directorate.name(), returnTitle,
                batchFindings, recipients(batch, directorate), checked));
    }

    /**
     * The owner's workbook marked with its findings; null when it cannot be written (a workbook the reader took but
     * the writer refuses): the email still goes, listing the findings, and the load stands.
     */
    private CheckedWorkbooks.Checked checkedWorkbook(LoadBatch batch, Path file, List<Finding> batchFindings) {
        try {
            return checkedWorkbooks.write(batch, file, batchFindings);
        } catch (RuntimeException e) {
            log.warn("load batch {}: the checked workbook could not be written, the email goes without it: {}",
                    batch.id(), e.toString());
            return null;
        }
    }

    private List<String> recipients(LoadBatch batch, Directorate directorate) {
        Set<String> to = new LinkedHashSet<>();
        if (directorate != null) {
            to.addAll(directorate.owners());
        }
        if (batch.contactEmail() != null) {
            to.add(batch.contactEmail());
        }
        if (to.isEmpty()) {
            to.add(owners.programmeOffice());
        }
        return List.copyOf(to);
    }
}
