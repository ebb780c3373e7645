package uk.gov.bestvalue.returns.notify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.warehouse.FindingRepository;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.warehouse.LoadBatchRepository;

/**
 * Tells a file's owners what became of it: one email per file, to the directorate's owners in
 * {@code owners.yml} and the contact on its cover. It only ever holds that one file's findings, so an
 * owner never sees another directorate's data. Files nobody can be found for go to the programme office.
 */
@Component
public class OwnerNotifier {

    private final LoadBatchRepository batches;
    private final FindingRepository findings;
    private final OwnersDirectory owners;
    private final ReturnCatalog catalog;
    private final MailDelivery delivery;

    public OwnerNotifier(LoadBatchRepository batches, FindingRepository findings, OwnersDirectory owners,
                         ReturnCatalog catalog, MailDelivery delivery) {
        this.batches = batches;
        this.findings = findings;
        this.owners = owners;
        this.catalog = catalog;
        this.delivery = delivery;
    }

    /** Sends the email about a processed, rejected or duplicate file. */
    public void notifyProcessed(long loadBatchId) {
        LoadBatch batch = batches.find(loadBatchId).orElseThrow();
        Directorate directorate = batch.directorateId() == null ? null : owners.byId(batch.directorateId()).orElse(null);
        String returnTitle = batch.returnType() == null ? null
                : catalog.byId(batch.returnType()).map(ReturnSpec::title).orElse(batch.returnType());
        delivery.send(OwnerEmailComposer.compose(batch, directorate == null ? null : directorate.name(), returnTitle,
                findings.findByBatch(loadBatchId), recipients(batch, directorate)));
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
