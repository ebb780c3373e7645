package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLStreamReader;

import org.junit.jupiter.api.Test;

/** The shared strings are the one part held in memory: a table of them too large to hold is refused, not read. */
class XlsxSharedStringsTests {

    @Test
    void readsEveryStringWithinTheBudget() throws Exception {
        // given
        XMLStreamReader reader = reader(3);

        // when
        String[] strings = XlsxSharedStrings.read(reader, ReadLimits.DEFAULTS);

        // then
        assertThat(strings).containsExactly("s0", "s1", "s2");
    }

    @Test
    void aTableOfStringsBeyondTheBudgetIsRefusedWithAReasonItsOwnerCanActOn() throws Exception {
        // given a small file of many tiny strings, and room for about a thousand of them
        XMLStreamReader reader = reader(100_000);

        // when
        UnreadableWorkbookException refused = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> XlsxSharedStrings.read(reader, budget(70_000)));

        // then
        assertThat(refused.reason()).isEqualTo(UnreadableWorkbookException.Reason.TOO_LARGE);
        assertThat(refused.getMessage()).contains("more distinct pieces of text than can be read safely")
                .doesNotContain("Exception");
    }

    @Test
    void aTableThatDeclaresMoreStringsThanTheLimitIsRefusedBeforeAnyIsRead() throws Exception {
        // given a table that says it holds 12 million strings (and holds 3)
        XMLStreamReader reader = reader(3, " uniqueCount=\"12000000\"", "s");

        // when
        UnreadableWorkbookException refused = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> XlsxSharedStrings.read(reader, ReadLimits.DEFAULTS));

        // then
        assertThat(refused.reason()).isEqualTo(UnreadableWorkbookException.Reason.TOO_LARGE);
        assertThat(refused.getMessage()).startsWith(
                "The workbook holds 12,000,000 shared strings (distinct pieces of text); the limit is 1,000,000.");
    }

    @Test
    void aTableThatHoldsMoreStringsThanTheLimitIsRefusedOnceTheLimitIsPassed() throws Exception {
        // given a table that does not say how many strings it holds, and a limit of 10
        XMLStreamReader reader = reader(50, "", "s");
        ReadLimits limits = new ReadLimits(1 << 20, 1 << 20, 100, 10, 1 << 20, 100, 10, 100);

        // when
        UnreadableWorkbookException refused = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> XlsxSharedStrings.read(reader, limits));

        // then
        assertThat(refused.getMessage()).startsWith("The workbook holds more than 10 shared strings");
    }

    @Test
    void aStringLongerThanACellMayHoldIsRefused() throws Exception {
        // given one string of 40,000 characters, over Excel's own 32,767
        XMLStreamReader reader = reader(1, "", "x".repeat(40_000));

        // when
        UnreadableWorkbookException refused = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> XlsxSharedStrings.read(reader, ReadLimits.DEFAULTS));

        // then
        assertThat(refused.getMessage())
                .isEqualTo("Shared string 1 holds 40,001 characters; the limit is 32,767. Shorten it and send the "
                        + "file again.");
    }

    private static ReadLimits budget(long bytes) {
        ReadLimits d = ReadLimits.DEFAULTS;
        return new ReadLimits(d.maxFileBytes(), d.maxUncompressedBytes(), d.maxInflateRatio(), d.maxSharedStrings(),
                bytes, d.maxCellsPerRow(), d.maxSheets(), d.maxCellChars());
    }

    private static XMLStreamReader reader(int count) throws Exception {
        return reader(count, "", "s");
    }

    private static XMLStreamReader reader(int count, String attributes, String prefix) throws Exception {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + attributes + ">");
        for (int i = 0; i < count; i++) {
            xml.append("<si><t>").append(prefix).append(i).append("</t></si>");
        }
        xml.append("</sst>");
        return XmlReaders.open(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
