package uk.gov.bestvalue.returns.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/** The owners' emails through a real SMTP server: one per owner per file, about that directorate's file only. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class OwnerEmailIntegrationTests extends PipelineIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);


    @Test
    void eachOwnerGetsOneEmailAboutTheirOwnReturnOnlyWithTheirWorkbookChecked() throws Exception {
        // given two directorates' returns
        poller.processNow(List.of(PipelineTestSupport.drop("childrens-procurement-2016-01.xlsx", folders.inbox()),
                PipelineTestSupport.drop("resources-procurement-2016-01.xlsx", folders.inbox())));

        // then each owner and the cover's contact gets one email of their own about their own file
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(5);
        for (MimeMessage message : received) {
            assertThat(message.getAllRecipients()).hasSize(1);
        }
        for (String owner : List.of("finance.childrens@council.example.gov.uk",
                "procurement.childrens@council.example.gov.uk", "j.smith@council.example.gov.uk")) {
            MimeMessage childrens = single(received, owner);
            assertThat(childrens.getSubject()).contains("Children's Services", "Procurement contracts return", "2016-01",
                    "8 error(s)");
            String body = GreenMailUtil.getBody(childrens);
            assertThat(body).contains("Findings by rule", "Contracts!Q4", "P1", "Contracts!R10", "P4", "<table");
            assertThat(body).doesNotContain("resources-procurement", "RES-");
        }

        // and the attachment is their workbook, checked: the Findings sheet first, the cells marked
        CheckedAttachment checked = CheckedAttachment.of(single(received, "j.smith@council.example.gov.uk"));
        assertThat(checked.fileName()).isEqualTo("childrens-procurement-2016-01-checked.xlsx");
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(checked.bytes()))) {
            assertThat(workbook.getSheetName(0)).startsWith("Findings");
            // and its Findings sheet names each field by the owner's own column title, not the warehouse's name
            List<String> fields = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> {
                cells.add(row.getCell(0) == null ? "" : row.getCell(0).toString());
                fields.add(row.getCell(3) == null ? "" : row.getCell(3).toString());
            });
            assertThat(fields.get(cells.indexOf("Contracts!Q4"))).isEqualTo("Contracts Register Reference");
            assertThat(fields).doesNotContain("register_reference", "contract_reference", "declaration_of_interest");
            Cell q4 = workbook.getSheet("Contracts").getRow(3).getCell(CellReference.convertColStringToIndex("Q"));
            assertThat(q4.getCellComment().getString().getString()).contains("P1");
            assertThat(((XSSFColor) q4.getCellStyle().getFillForegroundColorColor()).getRGB()).isEqualTo(FindingStyles.ERROR_RGB);
        }

        MimeMessage resources = single(received, "finance.resources@council.example.gov.uk");
        assertThat(resources.getSubject()).contains("Resources", "loaded, no problems");
        assertThat(GreenMailUtil.getBody(resources)).doesNotContain("childrens", "CSF-");
        assertThat(CheckedAttachment.of(resources)).isNull(); // nothing to correct, nothing attached
    }

    @Test
    void aColumnTheFileLacksIsNamedByItsLabelInTheEmailAndOnTheFindingsSheet() throws Exception {
        // given a 360Giving export, which has no decision reference column (G3 cannot be checked)
        poller.processNow(List.of(PipelineTestSupport.drop("place-grants-360giving-2016-01.xlsx", folders.inbox())));

        // when its owner reads the email and the checked workbook
        MimeMessage place = single(smtp.getReceivedMessages(), "finance.place@council.example.gov.uk");
        String body = GreenMailUtil.getBody(place);
        CheckedAttachment checked = CheckedAttachment.of(place);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(checked.bytes()))) {
            List<String> g3 = new ArrayList<>();
            workbook.getSheetAt(0).forEach(row -> {
                if (row.getCell(1) != null && row.getCell(1).toString().equals("G3")) {
                    g3.add(row.getCell(0) + " " + row.getCell(3));
                }
            });

            // then the Findings sheet names the missing field by its label, at the header row's first cell
            assertThat(g3).containsExactly("grants!A1 Decision Reference");
        }
        // and so does the email's table of findings by rule, never by the warehouse's name for it
        assertThat(body).contains("Decision Reference").doesNotContain("decision_reference");
    }

    @Test
    void aFileNobodyCanBePlacedGoesToTheProgrammeOffice() throws MessagingException, IOException {
        poller.processNow(List.of(PipelineTestSupport.drop("staff-survey-2016-01.xlsx", folders.inbox())));

        MimeMessage rejected = single(smtp.getReceivedMessages(), "bestvalue.programme@council.example.gov.uk");
        assertThat(rejected.getSubject()).contains("rejected");
        assertThat(GreenMailUtil.getBody(rejected)).contains("not recognised");
    }

    private static MimeMessage single(MimeMessage[] messages, String recipient) throws MessagingException {
        List<MimeMessage> matching = new java.util.ArrayList<>();
        for (MimeMessage message : messages) {
            // GreenMail delivers one copy per recipient: keep the one addressed to this recipient's mailbox
            if (recipients(message).contains(recipient)) {
                matching.add(message);
            }
        }
        assertThat(matching).isNotEmpty();
        assertThat(matching.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct()).hasSize(1);
        return matching.get(0);
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        return Arrays.stream(message.getAllRecipients()).map(Address::toString).toList();
    }
}
