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

        // when both batches are traced
        String story = traced(firstBatch);
        String secondStory = traced(batches.get(1));

        // then the first's story runs from receipt to the batch that replaced it and the email its owner was sent
        assertThat(story).contains("Load batch " + firstBatch + ": health-procurement-2016-01.csv")
                .contains("Status     SUPERSEDED")
                .contains("Recognised procurement-contracts of health for 2016-01")
                .containsPattern("-> contract_reference \\(\\w+\\)")
                .containsPattern("P\\d +(error|warning) +\\d+ +first at ")
                .contains("Superseded by load batch " + batches.get(1))
                .containsPattern("SENT to \\S+@\\S+, queued .*: ");
        // and its audit trail, event by event, in the order they happened, ends with its supersession
        assertThat(story).containsPattern("(?s)Story \\(audit trail.*"
                + " RECEIVED +-> RECEIVED .* LOAD_STARTED +RECEIVED -> LOADING +recognised as procurement-contracts of "
                + "health for 2016-01.* LOAD_RUN .* PUBLISHED +LOADING -> CURRENT +8 rows read.* EMAIL_QUEUED .*"
                + " STORED +CURRENT -> CURRENT +kept read-only at .* EMAIL_SENT +SENDING -> SENT .*"
                + " SUPERSEDED +CURRENT -> SUPERSEDED +by load batch " + batches.get(1) + "\\nColumns");
        // and the second's story goes on from there: received, published in its place, its owner told
        assertThat(secondStory).contains("Replaced   load batch " + firstBatch).containsPattern("(?s)Story.*"
                + " RECEIVED .* LOAD_STARTED .* LOAD_RUN .* PUBLISHED +LOADING -> CURRENT .* EMAIL_QUEUED .* STORED .*"
                + " EMAIL_SENT .*\\nColumns").doesNotContain("SUPERSEDED");
        assertThat(trace.run(Long.MAX_VALUE, new PrintStream(new ByteArrayOutputStream()))).isEqualTo(1);
    }

    private String traced(long batch) {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(trace.run(batch, new PrintStream(printed, true, StandardCharsets.UTF_8))).isZero();
        String story = printed.toString(StandardCharsets.UTF_8);
        System.out.println(story);
        return story;
    }
}
