package uk.gov.bestvalue.returns.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import uk.gov.bestvalue.returns.returns.CheckedRow;
import uk.gov.bestvalue.returns.returns.ReturnReader;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;

/**
 * Reads a return's data rows, checked, for the load step. Checking happens here rather than in a
 * processor because it is stateful in file order (keys seen); the position saved at each commit lets a
 * restarted run rebuild that state and carry on after the last row stored.
 */
class ReturnRowsItemReader implements ItemStreamReader<CheckedRow> {

    private final ReturnReader.Opener opener;
    private final Path file;
    private ReturnReader reader;

    ReturnRowsItemReader(ReturnReader.Opener opener, Path file) {
        this.opener = opener;
        this.file = file;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            reader = opener.open(file);
            reader.skip(context.getInt(SubmissionJobParameters.ROWS_READ, 0));
        } catch (IOException e) {
            throw new ItemStreamException("Cannot read " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (UnrecognisedReturnException e) {
            throw new ItemStreamException("No longer recognised: " + e.getMessage(), e);
        }
    }

    @Override
    public CheckedRow read() {
        try {
            return reader.next();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putInt(SubmissionJobParameters.ROWS_READ, reader.rowsRead());
    }

    @Override
    public void close() {
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
