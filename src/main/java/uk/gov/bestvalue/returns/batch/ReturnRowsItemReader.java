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
 * restarted run rebuild that state and carry on after the last row stored. The rows are read and checked up to a
 * chunk ahead on a thread of their own ({@link ReadAhead}), so that the next chunk is ready while the warehouse takes
 * this one; the position saved is that of the rows handed to the step, not of those read ahead.
 */
class ReturnRowsItemReader implements ItemStreamReader<CheckedRow> {

    /** Rows per batch handed over from the read-ahead thread. */
    private static final int ROWS_AHEAD = 250;

    private final ReturnReader.Opener opener;
    private final ReadAheads readAheads;
    private final Path file;
    /** Batches read ahead at most: as many rows as a chunk, so that a whole chunk can be ready when the step asks. */
    private final int batchesAhead;
    private ReturnReader reader;
    private ReadAhead<CheckedRow> ahead;
    /** Rows handed to the step, the ones skipped on a restart included: the position a restart resumes from. */
    private int handedOut;

    ReturnRowsItemReader(ReturnReader.Opener opener, ReadAheads readAheads, Path file, int chunkSize) {
        this.opener = opener;
        this.readAheads = readAheads;
        this.file = file;
        this.batchesAhead = Math.max(1, (chunkSize + ROWS_AHEAD - 1) / ROWS_AHEAD);
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            reader = opener.open(file);
            handedOut = context.getInt(SubmissionJobParameters.ROWS_READ, 0);
            reader.skip(handedOut);
            ReturnReader rows = reader;
            ahead = readAheads.start("read-ahead-" + file.getFileName(), ROWS_AHEAD, batchesAhead, sink -> {
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
