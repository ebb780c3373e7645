package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.config.NodeId;

/**
 * Nodes sharing one warehouse claim the files of {@code processing/}: one node alone holds a file while it renews its
 * lease; a dead node's file is taken over once its lease has run out; recovery leaves a live node's file alone.
 */
@SpringBootTest
class FileClaimsIntegrationTests extends PipelineIntegrationTest {

    private static final Duration LEASE = Duration.ofSeconds(1);

    @Autowired
    ProcessingRecovery recovery;
    @Autowired
    FileClaims claims;

    @Test
    void oneNodeAloneHoldsAFileUntilItReleasesIt() {
        FileClaims a = new FileClaims(jdbc, new NodeId("node-a"), LEASE);
        FileClaims b = new FileClaims(jdbc, new NodeId("node-b"), LEASE);
        try {
            // given node a holding a file
            Optional<FileClaims.Claim> held = a.claim("adults-grants-2016-01.xlsx");
            assertThat(held).isPresent();

            // then neither node b nor a second worker of node a may take it
            assertThat(b.claim("adults-grants-2016-01.xlsx")).isEmpty();
            assertThat(a.claim("adults-grants-2016-01.xlsx")).isEmpty();

            // when node a releases it, then node b may
            held.get().close();
            assertThat(b.claim("adults-grants-2016-01.xlsx")).isPresent();
            assertThat(holder("adults-grants-2016-01.xlsx")).isEqualTo("node-b");
        } finally {
            a.destroy();
            b.destroy();
        }
    }

    @Test
    void aLiveNodeKeepsItsFileByRenewingAndADeadNodesFileIsTakenOverAfterItsLease() throws Exception {
        FileClaims a = new FileClaims(jdbc, new NodeId("node-a"), LEASE);
        FileClaims b = new FileClaims(jdbc, new NodeId("node-b"), LEASE);
        try {
            // given node a working on a file for three times its lease, renewing its claim
            assertThat(a.claim("place-procurement-2016-01.xlsx")).isPresent();
            Thread.sleep(3 * LEASE.toMillis());
            assertThat(b.claim("place-procurement-2016-01.xlsx")).as("a live node's file").isEmpty();

            // when node a dies (no more renewals)
            a.destroy();
            assertThat(b.claim("place-procurement-2016-01.xlsx")).as("within the lease").isEmpty();

            // then node b takes the file over once the lease has run out
            Optional<FileClaims.Claim> taken = Optional.empty();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (taken.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                taken = b.claim("place-procurement-2016-01.xlsx");
            }
            assertThat(taken).isPresent();
            assertThat(holder("place-procurement-2016-01.xlsx")).isEqualTo("node-b");
        } finally {
            a.destroy();
            b.destroy();
        }
    }

    @Test
    void aNodeRestartedWithTheSameIdTakesItsOwnClaimsBackAtOnce() {
        FileClaims before = new FileClaims(jdbc, new NodeId("node-a"), Duration.ofMinutes(5));
        FileClaims after = new FileClaims(jdbc, new NodeId("node-a"), Duration.ofMinutes(5));
        try {
            assertThat(before.claim("resources-grants-2016-01.xlsx")).isPresent();
            before.destroy(); // killed: its claim is left, its lease running

            assertThat(after.claim("resources-grants-2016-01.xlsx")).isPresent();
        } finally {
            before.destroy();
            after.destroy();
        }
    }

    @Test
    void recoveryLeavesALiveNodesFileAndFinishesADeadNodesOnceItsLeaseHasRunOut() throws Exception {
        // given a file in processing/ that another node has claimed, its lease running
        Path file = PipelineTestSupport.drop("adults-grants-2016-01.xlsx", folders.processing());
        FileClaims other = new FileClaims(jdbc, new NodeId("other-node"), Duration.ofMinutes(5));
        try {
            assertThat(other.claim("adults-grants-2016-01.xlsx")).isPresent();
            other.destroy(); // it dies now: no more renewals

            // when this node recovers, then it leaves the file alone
            assertThat(recovery.recover()).isEmpty();
            assertThat(file).exists();
            assertThat(count("SELECT COUNT(*) FROM load_batch")).isZero();

            // when the other node's lease has run out, then this node finishes the file and releases its claim
            jdbc.sql("UPDATE file_claim SET lease_until = TIMESTAMPADD(SECOND, -1, CURRENT_TIMESTAMP)").update();
            List<SubmissionOutcome> outcomes = recovery.recover();
            assertThat(outcomes).hasSize(1);
            assertThat(Files.exists(file)).isFalse();
            assertThat(count("SELECT COUNT(*) FROM load_batch WHERE status = 'CURRENT'")).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM file_claim")).isZero();
        } finally {
            other.destroy();
        }
    }

    @Test
    void anExpiredClaimOfAFileNoLongerInProcessingIsForgotten() {
        FileClaims other = new FileClaims(jdbc, new NodeId("other-node"), Duration.ofMinutes(5));
        try {
            // given a node that died after moving its file on, before releasing its claim
            assertThat(other.claim("gone.xlsx")).isPresent();
            other.destroy();
            jdbc.sql("UPDATE file_claim SET lease_until = TIMESTAMPADD(SECOND, -1, CURRENT_TIMESTAMP)").update();

            // when a node recovers, then the claim is forgotten
            claims.forgetExpired(List.of("another.xlsx"));
            assertThat(count("SELECT COUNT(*) FROM file_claim")).isZero();
        } finally {
            other.destroy();
        }
    }

    private String holder(String fileName) {
        return jdbc.sql("SELECT node_id FROM file_claim WHERE file_name = ?").param(fileName).query(String.class)
                .single();
    }
}
