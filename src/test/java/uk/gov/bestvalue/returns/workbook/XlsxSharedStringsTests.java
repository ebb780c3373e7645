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
        String[] strings = XlsxSharedStrings.read(reader, 1_000_000);

        // then
        assertThat(strings).containsExactly("s0", "s1", "s2");
    }

    @Test
    void aTableOfStringsBeyondTheBudgetIsRefusedWithAReasonItsOwnerCanActOn() throws Exception {
        // given a small file of many tiny strings, and room for about a thousand of them
        XMLStreamReader reader = reader(100_000);

        // when
        UnreadableWorkbookException refused = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> XlsxSharedStrings.read(reader, 70_000));

        // then
        assertThat(refused.reason()).isEqualTo(UnreadableWorkbookException.Reason.TOO_LARGE);
        assertThat(refused.getMessage()).contains("more distinct pieces of text than can be read safely")
                .doesNotContain("Exception");
    }

    private static XMLStreamReader reader(int count) throws Exception {
        StringBuilder xml = new StringBuilder("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
        for (int i = 0; i < count; i++) {
            xml.append("<si><t>s").append(i).append("</t></si>");
        }
        xml.append("</sst>");
        return XmlReaders.open(new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)));
    }
}
