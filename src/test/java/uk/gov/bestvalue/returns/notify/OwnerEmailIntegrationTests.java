package uk.gov.bestvalue.returns.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/** The owners' emails through a real SMTP server: one per file, to that directorate's owners only. */
@SpringBootTest(properties = {"spring.mail.host=127.0.0.1", "spring.mail.port=3025"})
class OwnerEmailIntegrationTests extends PipelineIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);


    @Test
    void eachOwnerGetsOneEmailAboutTheirOwnReturnOnly() throws IOException, MessagingException {
        // given two directorates' returns
        poller.processNow(List.of(PipelineTestSupport.drop("childrens-procurement-2016-01.xlsx", folders.inbox()),
                PipelineTestSupport.drop("resources-procurement-2016-01.xlsx", folders.inbox())));

        // then one email per file, each to its own directorate's owners and cover contact
        MimeMessage[] received = smtp.getReceivedMessages();
        MimeMessage childrens = single(received, "finance.childrens@council.example.gov.uk");
        assertThat(recipients(childrens)).containsExactlyInAnyOrder("finance.childrens@council.example.gov.uk",
                "procurement.childrens@council.example.gov.uk", "j.smith@council.example.gov.uk");
        assertThat(childrens.getSubject()).contains("Children's Services", "Procurement contracts return", "2016-01",
                "8 error(s)");
        String body = GreenMailUtil.getBody(childrens);
        assertThat(body).contains("Contracts!Q4", "P1", "Contracts!R10", "P4");
        assertThat(body).contains("<table");
        assertThat(body).doesNotContain("resources-procurement", "RES-");

        MimeMessage resources = single(received, "finance.resources@council.example.gov.uk");
        assertThat(resources.getSubject()).contains("Resources", "loaded, no problems");
        assertThat(GreenMailUtil.getBody(resources)).doesNotContain("childrens", "CSF-");
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
