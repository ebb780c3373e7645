package uk.gov.bestvalue.returns.batch;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;
import uk.gov.bestvalue.returns.streaming.ReadAhead;
import uk.gov.bestvalue.returns.streaming.ReadAheads;

/**
 * Reads a return's data rows, checked, for the load step. Checking happens here rather than in a
 * processor because it is stateful in file order (keys seen); the position saved at each commit lets a
 * restarted run rebuild that state and carry on after the last row stored. The rows are read and checked a few
 * hundred ahead on a thread of their own ({@link ReadAhead}), so that reading the file and writing the warehouse go
 * on at once; the position saved is that of the rows handed to the step, not of those read ahead.
 */
class ReturnRowsItemReader implements ItemStreamReader<CheckedRow> {

    /** Rows per batch read ahead, and how many batches: a thousand rows at most, as many as a chunk. */
    private static final int ROWS_AHEAD = 250;
    private static final int BATCHES_AHEAD = 4;

    private final ReturnReader.Opener opener;
    private final ReadAheads readAheads;
    private final Path file;
    private ReturnReader reader;
    private ReadAhead<CheckedRow> ahead;
    /** Rows handed to the step, the ones skipped on a restart included: the position a restart resumes from. */
    private int handedOut;

    ReturnRowsItemReader(ReturnReader.Opener opener, ReadAheads readAheads, Path file) {
        this.opener = opener;
        this.readAheads = readAheads;
        this.file = file;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            reader = opener.open(file);
            handedOut = context.getInt(SubmissionJobParameters.ROWS_READ, 0);
            reader.skip(handedOut);
            ReturnReader rows = reader;
            ahead = readAheads.start("read-ahead-" + file.getFileName(), ROWS_AHEAD, BATCHES_AHEAD, sink -> {
                for (CheckedRow row = rows.next(); row != null; row = rows.next()) {
                    sink.accept(row);
                }
            });
        } catch (IOException e) {
            throw new ItemStreamException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (UnrecognisedReturnException e) {
            throw new ItemStreamException("No longer recognised: " + e.getMessage(), e);
        }
    }

    @Override
    public CheckedRow read() {
        CheckedRow row = ahead.next();
        if (row != null) {
            handedOut++;
        }
        return row;
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SubmissionJobParameters.ROWS_READ, handedOut);
    }

    @Override
    public void close() {
        if (ahead != null) {
            ahead.close();
            ahead = null;
        }
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException e) {
                throw new ItemStreamException(e);
            } finally {
                reader = null;
            }
        }
    }
}
