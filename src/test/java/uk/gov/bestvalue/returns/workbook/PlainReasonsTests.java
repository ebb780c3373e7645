package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.zip.ZipException;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.util.RecordFormatException;
import org.junit.jupiter.api.Test;

/** What is thrown becomes words an owner can act on: never a class name, never a stack trace. */
class PlainReasonsTests {

    @Test
    void knownFailuresHaveTheirOwnWords() {
        assertThat(PlainReasons.of(new RecordFormatException("Unable to construct record instance")))
                .isEqualTo(PlainReasons.DAMAGED);
        assertThat(PlainReasons.of(new POIXMLException("Strict OOXML isn't currently supported, please see bug #57699")))
                .contains("save it as an Excel Workbook (.xlsx)");
        assertThat(PlainReasons.of(new EncryptedDocumentException("Default password is invalid")))
                .contains("protected with a password");
        assertThat(PlainReasons.of(new IllegalStateException("wrapped", new ZipException("invalid CEN header"))))
                .isEqualTo(PlainReasons.DAMAGED);
        assertThat(PlainReasons.of(new OutOfMemoryError("Java heap space"))).contains("more memory");
    }

    @Test
    void aMessageLosesItsClassNamesAndStackTrace() {
        String exitDescription = "org.springframework.batch.item.ItemStreamException: Cannot read the file: "
                + "org.apache.poi.util.RecordFormatException: record too long\n"
                + "\tat org.apache.poi.hssf.record.RecordFactory.createSingleRecord(RecordFactory.java:97)\n"
                + "\tat java.base/java.lang.Thread.run(Thread.java:840)\nCaused by: java.io.EOFException\n\t... 12 more";

        String clean = PlainReasons.clean(exitDescription);

        assertThat(clean).isEqualTo("Cannot read the file: record too long");
        assertThat(clean).doesNotContainPattern("[a-z]+\\.[a-z]+\\.[A-Z]\\w+(Exception|Error)").doesNotContain("at org.");
    }
}
