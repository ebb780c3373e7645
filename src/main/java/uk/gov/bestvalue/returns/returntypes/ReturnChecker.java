package uk.gov.bestvalue.returns.returntypes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.FindingSummary;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;
import uk.gov.bestvalue.returns.workbook.PlainReasons;

/** Checks a file as the pipeline would, storing nothing: what a lead runs before sending a return. */
@Component
public class ReturnChecker {

    private final ReturnReader.Opener opener;

    public ReturnChecker(ReturnReader.Opener opener) {
        this.opener = opener;
    }

    /**
     * Reads, recognises and checks every row of the file. A file that does not say whose it is or for which month
     * is still checked row by row, with that problem as its reason, so that one resubmission fixes everything.
     */
    public CheckReport check(Path file, String sha256) {
        String name = file.getFileName().toString();
        try (ReturnReader reader = opener.open(file)) {
            List<Finding> findings = new ArrayList<>();
            int loadable = 0;
            for (CheckedRow row; (row = reader.next()) != null; ) {
                findings.addAll(row.findings());
                loadable += row.loadable() ? 1 : 0;
            }
            Recognition recognition = reader.recognition();
            // a return's rows are the rows its owner sent; a ledger's are the payment lines it would load
            int rows = recognition.spec().isLedger() ? loadable : reader.rowsRead();
            String reason = rejection(recognition, reader.rowsRead(), loadable, reader.unusableRequiredColumns());
            List<CheckReport.ColumnView> columns = new ArrayList<>();
            for (HeaderMatch header : recognition.headers()) {
                columns.addAll(CheckReport.ColumnView.of(header));
            }
            return new CheckReport(name, sha256, recognition.spec().id(), recognition.directorateId(),
                    recognition.periodText(), reason == null ? "accepted" : "rejected", reason, rows, columns,
                    FindingSummary.of(findings).stream().map(CheckReport.SummaryLine::of).toList(),
                    findings.stream().map(CheckReport.FindingView::of).toList());
        } catch (UnrecognisedReturnException e) {
            return CheckReport.unreadable(name, sha256, e.directorateId(), e.getMessage());
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            // whatever a hostile or broken file makes a reader throw, its owner reads what happened in plain words
            return CheckReport.unreadable(name, sha256, null, PlainReasons.of(e));
        }
    }

    /** Why a recognised file would be rejected, or null when it would be loaded. */
    static String rejection(Recognition recognition, int rowsRead, int loadable, List<String> unusableColumns) {
        if (!recognition.placed()) {
            return recognition.placementProblem();
        }
        if (rowsRead > 0 && loadable == 0) {
            return recognition.spec().nothingLoadable(rowsRead, unusableColumns);
        }
        return null;
    }
}
