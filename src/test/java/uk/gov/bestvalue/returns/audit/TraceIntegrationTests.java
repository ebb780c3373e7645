package uk.gov.bestvalue.returns.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/** {@code trace --batch N} tells a resubmitted return's whole story: received, recognised, mapped, found, replaced, told. */
@SpringBootTest
class TraceIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    TraceCommand trace;

    @Test
    void aResubmittedReturnsStoryNamesWhatReplacedIt() throws IOException {
        // given a procurement return, then the same return sent again with one more line at its end
        Path first = PipelineTestSupport.drop("health-procurement-2016-01.csv", folders.inbox());
        poller.processNow(List.of(first));
        Path again = PipelineTestSupport.drop("health-procurement-2016-01.csv", folders.inbox());
        Files.write(again, new byte[] {'\n'}, StandardOpenOption.APPEND);
        poller.processNow(List.of(again));
        List<Long> batches = jdbc.sql("SELECT load_batch_id FROM load_batch ORDER BY load_batch_id").query(Long.class).list();
        long firstBatch = batches.get(0);

        // when the first batch is traced
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exitCode = trace.run(firstBatch, new PrintStream(printed, true, StandardCharsets.UTF_8));

        // then its story runs from receipt to the batch that replaced it and the email its owner was sent
        String story = printed.toString(StandardCharsets.UTF_8);
        System.out.println(story);
        assertThat(exitCode).isZero();
        assertThat(story).contains("Load batch " + firstBatch + ": health-procurement-2016-01.csv")
                .contains("Status     SUPERSEDED")
                .contains("Recognised procurement-contracts of health for 2016-01")
                .containsPattern("-> contract_reference \\(\\w+\\)")
                .containsPattern("P\\d +(error|warning) +\\d+ +first at ")
                .contains("Superseded by load batch " + batches.get(1))
                .containsPattern("SENT to \\S+@\\S+, queued .*: ");
        assertThat(trace.run(Long.MAX_VALUE, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
    }
}
