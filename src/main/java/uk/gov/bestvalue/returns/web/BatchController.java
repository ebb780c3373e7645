package uk.gov.bestvalue.returns.web;

import java.io.IOException;
import java.nio.file.Files;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.gov.bestvalue.returns.access.Viewer;
import uk.gov.bestvalue.returns.notify.CheckedWorkbooks;
import uk.gov.bestvalue.returns.notify.EmailAttachment;
import uk.gov.bestvalue.returns.warehouse.FindingRepository;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;

/**
 * A load batch's page, and its checked workbook to download, found by the batch's number alone (never by a path
 * or a name a request gives). Another directorate's batch is 403 to a lead; a file nobody could place, to all but
 * the programme office.
 */
@Controller
@ConditionalOnWebApplication
class BatchController {

    private final BatchQuery query;
    private final FindingRepository findings;
    private final CheckedWorkbooks checkedWorkbooks;

    BatchController(BatchQuery query, FindingRepository findings, CheckedWorkbooks checkedWorkbooks) {
        this.query = query;
        this.findings = findings;
        this.checkedWorkbooks = checkedWorkbooks;
    }

    @GetMapping("/batches/{id}")
    String batch(@PathVariable long id, @RequestParam(required = false) String rule, Authentication signedIn,
                 Model model) {
        if (rule != null && !rule.matches("[A-Za-z0-9_]{1,20}")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "No such rule.");
        }
        LoadBatch batch = visibleBatch(id, Viewers.of(signedIn));
        model.addAttribute("view", query.view(batch, rule));
        return "batch";
    }

    @GetMapping("/batches/{id}/checked-workbook")
    ResponseEntity<FileSystemResource> checkedWorkbook(@PathVariable long id, Authentication signedIn)
            throws IOException {
        LoadBatch batch = visibleBatch(id, Viewers.of(signedIn));
        EmailAttachment checked = checkedWorkbooks.forBatch(batch, findings.findByBatch(batch.id()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                        "This file has no checked workbook: it has no findings, or its archived copy is gone."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(checked.contentType()))
                .contentLength(Files.size(checked.file()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(checked.name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new FileSystemResource(checked.file()));
    }

    private LoadBatch visibleBatch(long id, Viewer viewer) {
        LoadBatch batch = query.batch(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such load batch."));
        Viewers.requireMaySee(viewer, batch.directorateId());
        return batch;
    }
}
