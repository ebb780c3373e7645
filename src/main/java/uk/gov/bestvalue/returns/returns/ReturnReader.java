package uk.gov.bestvalue.returns.returns;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

import uk.gov.bestvalue.returns.rules.KeyTracker;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.TableRows;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * An open return file: what it was recognised as, and its data rows checked one by one in file order,
 * streaming. Used alike by {@code check} (nothing stored) and by the submission job.
 */
public final class ReturnReader implements Closeable {

    private final WorkbookFile workbook;
    private final Recognition recognition;
    private final TableRows rows;
    private final ReturnValidator<?> validator;
    private int rowsRead;

    private ReturnReader(WorkbookFile workbook, Recognition recognition, ReturnValidator<?> validator) throws IOException {
        this.workbook = workbook;
        this.recognition = recognition;
        this.validator = validator;
        this.rows = new TableRows(workbook.openSheet(recognition.header().sheet()),
                recognition.header().headerRowNumber(), recognition.header().headerWidth());
    }

    /** What opens return files: the recogniser, the return types and the rules' settings. */
    public record Opener(ReturnRecognizer recognizer, ReturnTypes types, RuleSettings settings, long maxFileBytes) {

        /** Opens and recognises a file; the caller closes it. */
        public ReturnReader open(Path file) throws IOException, UnrecognisedReturnException {
            WorkbookFile workbook = Workbooks.open(file, maxFileBytes);
            try {
                Recognition recognition = recognizer.recognise(workbook);
                RuleContext context = new RuleContext(recognition.period(), settings, new KeyTracker());
                ReturnValidator<?> validator = new ReturnValidator<>(types.forSpec(recognition.spec().id()),
                        recognition.header(), context);
                return new ReturnReader(workbook, recognition, validator);
            } catch (IOException | UnrecognisedReturnException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        }
    }

    public Recognition recognition() {
        return recognition;
    }

    /** The next data row, checked; null after the last. */
    public CheckedRow next() throws IOException {
        SheetRow row = rows.next();
        if (row == null) {
            return null;
        }
        rowsRead++;
        return validator.check(row);
    }

    /**
     * Passes over rows already handled by an earlier, interrupted run. They are checked again, so that
     * state that spans rows (the keys seen) is as it was, but their results are dropped.
     */
    public void skip(int count) throws IOException {
        for (int i = 0; i < count && next() != null; i++) {
            // the check in next() rebuilds the state; the row itself was stored by the earlier run
        }
    }

    /** Data rows read so far (blank rows and trailing totals rows are not data rows). */
    public int rowsRead() {
        return rowsRead;
    }

    /** Trailing totals rows recognised and left out. */
    public int totalsRowsSkipped() {
        return rows.skippedTotalsRows();
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } finally {
            workbook.close();
        }
    }
}
