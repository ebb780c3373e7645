package uk.gov.bestvalue.returns.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.config.NodeId;

/**
 * Nodes sharing one warehouse claim the files of {@code processing/}: one node alone holds a file while it renews its
 * lease; a dead node's file is taken over once its lease has run out; recovery leaves a live node's file alone; of two
 * files with the same content taken at once, one alone holds the content and the other is the duplicate.
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

    @Test
    void ofTwoFilesWithTheSameContentClaimedAtTheSameMomentByTwoNodesOneAloneHoldsTheContent() throws Exception {
        FileClaims a = new FileClaims(jdbc, new NodeId("node-a"), Duration.ofMinutes(5));
        FileClaims b = new FileClaims(jdbc, new NodeId("node-b"), Duration.ofMinutes(5));
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                // given each node holding a file of its own, the two files' bytes the same
                String sha256 = "%064x".formatted(round);
                FileClaims.Claim first = a.claim("copy-a-" + round + ".xlsx").orElseThrow();
                FileClaims.Claim second = b.claim("copy-b-" + round + ".xlsx").orElseThrow();

                // when both claim the content at once
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Optional<String>> byA = nodes.submit(() -> {
                    together.await();
                    return a.claimContent(first.fileName(), sha256);
                });
                Future<Optional<String>> byB = nodes.submit(() -> {
                    together.await();
                    return b.claimContent(second.fileName(), sha256);
                });
                Optional<String> twinOfA = byA.get(30, TimeUnit.SECONDS);
                Optional<String> twinOfB = byB.get(30, TimeUnit.SECONDS);

                // then exactly one wins, and the other is told which file holds the content
                assertThat(twinOfA.isEmpty()).as("round %d: one alone wins", round).isNotEqualTo(twinOfB.isEmpty());
                assertThat(twinOfA.or(() -> twinOfB)).contains(twinOfA.isEmpty() ? first.fileName() : second.fileName());
                assertThat(count("SELECT COUNT(*) FROM file_claim WHERE content_sha256 = '" + sha256 + "'"))
                        .isEqualTo(1);
                first.close();
                second.close();
            }
        } finally {
            nodes.shutdownNow();
            a.destroy();
            b.destroy();
        }
    }

    @Test
    void aContentIsFreeAgainOnceItsFileIsReleasedAndIsTakenFromADeadNodesClaimAfterItsLease() {
        FileClaims a = new FileClaims(jdbc, new NodeId("node-a"), Duration.ofMinutes(5));
        FileClaims b = new FileClaims(jdbc, new NodeId("node-b"), Duration.ofMinutes(5));
        String sha256 = "ab".repeat(32);
        try {
            // given node a holding a file's content
            FileClaims.Claim first = a.claim("first.xlsx").orElseThrow();
            assertThat(a.claimContent("first.xlsx", sha256)).isEmpty();
            FileClaims.Claim second = b.claim("second.xlsx").orElseThrow();
            assertThat(b.claimContent("second.xlsx", sha256)).contains("first.xlsx");

            // when node a's file has left processing, then the content is free for another file
            first.close();
            assertThat(b.claimContent("second.xlsx", sha256)).isEmpty();

            // when node b dies holding it, then the content is taken from its claim once the lease has run out
            b.destroy();
            FileClaims.Claim third = a.claim("third.xlsx").orElseThrow();
            assertThat(a.claimContent("third.xlsx", sha256)).as("within the lease").contains("second.xlsx");
            jdbc.sql("UPDATE file_claim SET lease_until = TIMESTAMPADD(SECOND, -1, CURRENT_TIMESTAMP) "
                    + "WHERE node_id = 'node-b'").update();
            assertThat(a.claimContent("third.xlsx", sha256)).isEmpty();
            assertThat(jdbc.sql("SELECT file_name FROM file_claim WHERE content_sha256 = ?").param(sha256)
                    .query(String.class).list()).containsExactly("third.xlsx");
            third.close();
            second.close();
        } finally {
            a.destroy();
            b.destroy();
        }
    }

    @Test
    void aFileWhoseContentAnotherNodeIsLoadingUnderAnotherNameIsRejectedAsADuplicateAndItsOwnersTold()
            throws Exception {
        // given another node working on a copy of a return under another name, its content claimed
        Path file = PipelineTestSupport.drop("adults-grants-2016-01.xlsx", folders.inbox());
        FileClaims other = new FileClaims(jdbc, new NodeId("other-node"), Duration.ofMinutes(5));
        try {
            assertThat(other.claim("adults-grants-2016-01 (copy).xlsx")).isPresent();
            assertThat(other.claimContent("adults-grants-2016-01 (copy).xlsx", Sha256.of(file))).isEmpty();

            // when this node takes the return from the inbox
            List<SubmissionOutcome> outcomes = poller.processNow(List.of(file));

            // then it is not loaded: a duplicate of the copy being loaded, rejected, its owners told
            assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).isEqualTo("duplicate"));
            assertThat(jdbc.sql("SELECT status FROM load_batch").query(String.class).single()).isEqualTo("DUPLICATE");
            assertThat(jdbc.sql("SELECT reason FROM load_batch").query(String.class).single())
                    .contains("arrived at the same moment as adults-grants-2016-01 (copy).xlsx");
            assertThat(jdbc.sql("SELECT directorate_id FROM load_batch").query(String.class).single())
                    .isEqualTo("adults");
            assertThat(count("SELECT COUNT(*) FROM contract_fact") + count("SELECT COUNT(*) FROM grant_fact")).isZero();
            assertThat(count("SELECT COUNT(*) FROM outbox_email")).isEqualTo(1);
            assertThat(folders.rejected().resolve("adults-grants-2016-01.xlsx")).exists();
            assertThat(count("SELECT COUNT(*) FROM file_claim")).as("the other node's claim alone").isEqualTo(1);
        } finally {
            other.destroy();
        }
    }

    private String holder(String fileName) {
        return jdbc.sql("SELECT node_id FROM file_claim WHERE file_name = ?").param(fileName).query(String.class)
                .single();
    }
}
