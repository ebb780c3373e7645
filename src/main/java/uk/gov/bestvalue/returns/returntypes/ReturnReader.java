package uk.gov.bestvalue.returns.returntypes;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.KeyTracker;
import uk.gov.bestvalue.returns.rules.HeaderFindings;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.UnreadableColumns;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.Recognition;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;
import uk.gov.bestvalue.returns.workbook.ReadLimits;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.TableRows;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * An open return file: what it was recognised as, and its data rows checked one by one in file order
 * (sheet after sheet when the return spans several), streaming. Used alike by {@code check} (nothing
 * stored) and by the submission job.
 */
public final class ReturnReader implements Closeable {

    private final WorkbookFile workbook;
    private final Recognition recognition;
    private final ReturnType<?> type;
    private final RuleContext context;
    private final HeaderFindings headerFindings = new HeaderFindings();
    private int table = -1;
    private TableRows rows;
    private ReturnValidator<?> validator;
    // the current table's cell findings held until each column shows a readable value
    private UnreadableColumns unreadable;
    private Function<SheetRow, HeaderMatch> repeatedHeader;
    private int rowsRead;
    private int totalsRowsSkipped;
    // the last row checked, handed out when the row after it is read or its table ends
    private CheckedRow pending;
    private final List<String> unusableRequiredColumns = new ArrayList<>(0);

    private ReturnReader(WorkbookFile workbook, Recognition recognition, ReturnType<?> type, RuleContext context) {
        this.workbook = workbook;
        this.recognition = recognition;
        this.type = type;
        this.context = context;
    }

    /** What opens return files: the recogniser, the return types, the rules' settings and the limits on reading. */
    public record Opener(ReturnRecognizer recognizer, ReturnTypes types, RuleSettings settings, ReadLimits limits) {

        /** An opener held to the default limits, with this cap on a file's size. */
        public Opener(ReturnRecognizer recognizer, ReturnTypes types, RuleSettings settings, long maxFileBytes) {
            this(recognizer, types, settings, ReadLimits.withMaxFileBytes(maxFileBytes));
        }

        /** Files larger than this are rejected unread. */
        public long maxFileBytes() {
            return limits.maxFileBytes();
        }

        /** Opens and recognises a file; the caller closes it. */
        public ReturnReader open(Path file) throws IOException, UnrecognisedReturnException {
            WorkbookFile workbook = Workbooks.open(file, limits);
            try {
                Recognition recognition = recognizer.recognise(workbook);
                // an unplaced return is still checked, against the current month, so one resubmission fixes all
                YearMonth period = recognition.period() == null && !recognition.spec().isLedger()
                        ? YearMonth.now() : recognition.period();
                RuleContext context = new RuleContext(period, settings, new KeyTracker());
                return new ReturnReader(workbook, recognition, types.forSpec(recognition.spec().id()), context);
            } catch (IOException | UnrecognisedReturnException | RuntimeException e) {
                workbook.close();
                throw e;
            }
        }
    }

    public Recognition recognition() {
        return recognition;
    }

    /**
     * The next data row, checked; null after the last row of the last table. Each row is handed out once the row
     * after it has been checked, so that the findings due at the end of a table (a column none of whose values could
     * be read) go out with its last row.
     */
    public CheckedRow next() throws IOException {
        while (true) {
            SheetRow row = rows == null ? null : rows.next();
            if (row != null) {
                HeaderMatch again = repeatedHeader == null ? null : repeatedHeader.apply(row);
                if (again != null) {
                    // a ledger export with a second table pasted below the first: its columns apply from here
                    finishTable();
                    validator = new ReturnValidator<>(type, again, context, headerFindings);
                    unreadable = new UnreadableColumns(again);
                    repeatedHeader = HeaderMatch.repeatedHeader(again);
                    continue;
                }
                rowsRead++;
                ReturnValidator.Typed typed = validator.checkTyped(row);
                CheckedRow checked = new CheckedRow(typed.row().row(),
                        unreadable.pass(typed.row().findings(), typed.outcomes()), typed.row().loadable(),
                        typed.row().derivedValues());
                CheckedRow previous = pending;
                pending = checked;
                if (previous != null) {
                    return previous;
                }
                continue;
            }
            finishTable();
            if (pending != null) {
                CheckedRow last = pending;
                pending = null;
                return last;
            }
            if (!openNextTable()) {
                return null;
            }
        }
    }

    /** Adds the findings due at the end of the current table to its last row, once. */
    private void finishTable() {
        if (unreadable == null) {
            return;
        }
        List<Finding> closing = unreadable.finish();
        unusableRequiredColumns.addAll(unreadable.unusableRequired());
        unreadable = null;
        if (!closing.isEmpty() && pending != null) {
            List<Finding> findings = new ArrayList<>(pending.findings());
            findings.addAll(closing);
            pending = new CheckedRow(pending.row(), findings, pending.loadable(), pending.derivedValues());
        }
    }

    /**
     * The required columns none of whose values could be read, e.g. {@code A 'Date'}, in the tables read so far:
     * such a file cannot be loaded, and its reason names them.
     */
    public List<String> unusableRequiredColumns() {
        return List.copyOf(unusableRequiredColumns);
    }

    private boolean openNextTable() throws IOException {
        if (rows != null) {
            totalsRowsSkipped += rows.skippedTotalsRows();
            rows.close();
            rows = null;
        }
        List<HeaderMatch> headers = recognition.headers();
        if (++table >= headers.size()) {
            return false;
        }
        HeaderMatch header = headers.get(table);
        rows = new TableRows(workbook.openSheet(header.sheet()), header.headerRowNumber(), header.headerWidth());
        // one validator per table, sharing the context: keys stay unique across the whole return
        validator = new ReturnValidator<>(type, header, context, headerFindings);
        unreadable = new UnreadableColumns(header);
        // only finance exports are pasted together like this; a return's stray header stays a finding for its owner
        repeatedHeader = recognition.spec().isLedger() ? HeaderMatch.repeatedHeader(header) : null;
        return true;
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

    /** Trailing totals rows recognised and left out, in the tables finished so far. */
    public int totalsRowsSkipped() {
        return totalsRowsSkipped + (rows == null ? 0 : rows.skippedTotalsRows());
    }

    @Override
    public void close() throws IOException {
        try {
            if (rows != null) {
                rows.close();
            }
        } finally {
            workbook.close();
        }
    }
}
