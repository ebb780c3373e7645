package uk.gov.bestvalue.returns.returns;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;

/** Checks a file as the pipeline would, storing nothing: what a lead runs before sending a return. */
@Component
public class ReturnChecker {

    private final ReturnReader.Opener opener;

    public ReturnChecker(ReturnReader.Opener opener) {
        this.opener = opener;
    }

    /** Reads, recognises and checks every row of the file. */
    public CheckReport check(Path file, String sha256) {
        String name = file.getFileName().toString();
        try (ReturnReader reader = opener.open(file)) {
            List<CheckReport.FindingView> findings = new ArrayList<>();
            int loadable = 0;
            for (CheckedRow row; (row = reader.next()) != null; ) {
                row.findings().forEach(f -> findings.add(CheckReport.FindingView.of(f)));
                loadable += row.loadable() ? 1 : 0;
            }
            Recognition recognition = reader.recognition();
            // a return's rows are the rows its owner sent; a ledger's are the payment lines it would load
            int rows = recognition.spec().isLedger() ? loadable : reader.rowsRead();
            return new CheckReport(name, sha256, recognition.spec().id(), recognition.directorate().id(),
                    recognition.periodText(), "accepted", null, rows, findings);
        } catch (UnrecognisedReturnException e) {
            return new CheckReport(name, sha256, null, e.directorateId(), null, "rejected", e.getMessage(), 0, List.of());
        } catch (IOException e) {
            return new CheckReport(name, sha256, null, null, null, "rejected", e.getMessage(), 0, List.of());
        } catch (UncheckedIOException e) {
            return new CheckReport(name, sha256, null, null, null, "rejected", e.getCause().getMessage(), 0, List.of());
        }
    }
}
