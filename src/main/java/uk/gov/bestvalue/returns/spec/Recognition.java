package uk.gov.bestvalue.returns.spec;

import java.time.YearMonth;

import uk.gov.bestvalue.returns.directory.Directorate;

/**
 * What a file was recognised as: which return, where its header is, whose it is and for which month.
 *
 * @param header       the header row and the column of each field
 * @param cover        what the file says about itself (contact, submitter)
 */
public record Recognition(HeaderMatch header, Directorate directorate, YearMonth period, Cover cover) {

    public ReturnSpec spec() {
        return header.spec();
    }
}
