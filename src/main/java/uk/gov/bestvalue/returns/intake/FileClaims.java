package uk.gov.bestvalue.returns.intake;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.config.NodeId;

/**
 * The files of {@code processing/} each node is working on ({@code file_claim}), so that nodes sharing one inbox
 * never work on the same file: a node claims a file's name before it moves the file into {@code processing/} (or
 * before it recovers a file found there), renews its lease while it works on it, and releases it when the file has
 * left {@code processing/} or waits for a retry. A claim whose lease ran out ({@code pipeline.claims.lease}) is a dead
 * node's: the next node to look takes the file over. Lease times are the database's clock.
 */
@Component
public class FileClaims implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(FileClaims.class);

    private final JdbcClient jdbc;
    private final String node;
    private final long leaseSeconds;
    // the claims this process holds now: renewed, and never taken a second time by the same process
    private final Set<String> held = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "file-claim-renewal");
        thread.setDaemon(true);
        return thread;
    });

    public FileClaims(JdbcClient jdbc, NodeId node, @Value("${pipeline.claims.lease:PT2M}") Duration lease) {
        this.jdbc = jdbc;
        this.node = node.value();
        this.leaseSeconds = Math.max(1, lease.toSeconds());
        long every = Math.max(200, lease.toMillis() / 3);
        renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
    }

    /** This node's id, as its claims carry it. */
    public String node() {
        return node;
    }

    /**
     * Claims the file of this name in {@code processing/} for this node: empty when another live node holds it (or
     * this process does already). A claim of this node's own id left by its previous process, or one whose lease ran
     * out, is taken over.
     */
    public Optional<Claim> claim(String fileName) {
        if (!held.add(fileName)) {
            return Optional.empty();
        }
        try {
            if (!insert(fileName) && !takeOver(fileName)) {
                held.remove(fileName);
                return Optional.empty();
            }
            return Optional.of(new Claim(fileName));
        } catch (RuntimeException e) {
            held.remove(fileName);
            throw e;
        }
    }

    private boolean insert(String fileName) {
        try {
            jdbc.sql("INSERT INTO file_claim (file_name, node_id, claimed_at, lease_until) "
                    + "VALUES (?, ?, CURRENT_TIMESTAMP, TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP))")
                    .params(fileName, node, leaseSeconds).update();
            return true;
        } catch (DataIntegrityViolationException claimed) {
            return false;
        }
    }

    private boolean takeOver(String fileName) {
        Optional<String> holder = jdbc.sql("SELECT node_id FROM file_claim WHERE file_name = ?").param(fileName)
                .query(String.class).optional();
        int taken = jdbc.sql("UPDATE file_claim SET node_id = ?, claimed_at = CURRENT_TIMESTAMP, "
                        + "lease_until = TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP) "
                        + "WHERE file_name = ? AND (node_id = ? OR lease_until < CURRENT_TIMESTAMP)")
                .params(node, leaseSeconds, fileName, node).update();
        if (taken == 0) {
            // released meanwhile (the file left processing, or waits for a retry): a fresh claim may succeed
            return holder.isEmpty() && insert(fileName);
        }
        if (holder.isPresent() && !holder.get().equals(node)) {
            log.warn("{}: node {} stopped renewing its claim; node {} takes the file over", fileName, holder.get(), node);
        }
        return true;
    }

    /**
     * Takes the content (its sha-256) for this node's claim of the file of this name: empty when it is this file's
     * now (or the file is not claimed, a process working alone); the name of the other claimed file holding the same
     * content when a live node took it first (two copies dropped at once: one alone is loaded). A content held by a
     * claim whose lease ran out is taken from it.
     */
    public Optional<String> claimContent(String fileName, String sha256) {
        for (int attempt = 1; attempt <= 3; attempt++) {
            try {
                jdbc.sql("UPDATE file_claim SET content_sha256 = ? WHERE file_name = ? AND node_id = ?")
                        .params(sha256, fileName, node).update();
                return Optional.empty();
            } catch (DataIntegrityViolationException taken) {
                Optional<String> holder = jdbc.sql("SELECT file_name FROM file_claim WHERE content_sha256 = ? "
                        + "AND lease_until >= CURRENT_TIMESTAMP").param(sha256).query(String.class).optional();
                if (holder.isPresent()) {
                    return holder;
                }
                // its holder died (or released it just now): free it and try again
                jdbc.sql("UPDATE file_claim SET content_sha256 = NULL WHERE content_sha256 = ? "
                        + "AND lease_until < CURRENT_TIMESTAMP").param(sha256).update();
            }
        }
        throw new IllegalStateException(fileName + ": its content is claimed and released over and over by other files");
    }

    /** Forgets expired claims of files no longer in {@code processing/} (their node died after moving them on). */
    public void forgetExpired(Collection<String> namesInProcessing) {
        List<String> expired = jdbc.sql("SELECT file_name FROM file_claim WHERE lease_until < CURRENT_TIMESTAMP")
                .query(String.class).list();
        for (String name : expired) {
            if (!namesInProcessing.contains(name) && !held.contains(name)) {
                jdbc.sql("DELETE FROM file_claim WHERE file_name = ? AND lease_until < CURRENT_TIMESTAMP")
                        .param(name).update();
            }
        }
    }

    private void renew() {
        for (String fileName : held) {
            try {
                int renewed = jdbc.sql("UPDATE file_claim SET lease_until = TIMESTAMPADD(SECOND, ?, CURRENT_TIMESTAMP) "
                        + "WHERE file_name = ? AND node_id = ?").params(leaseSeconds, fileName, node).update();
                if (renewed == 0 && held.contains(fileName)) {
                    log.error("{}: this node's claim was taken over by another node (its lease ran out unrenewed)",
                            fileName);
                }
            } catch (RuntimeException e) {
                // the database away for a moment: the next renewal tries again, within the lease
                log.warn("{}: its claim could not be renewed: {}", fileName, e.getMessage());
            }
        }
    }

    @Override
    public void destroy() {
        renewal.shutdownNow();
    }

    /** A file this node works on: renewed while open, released on close. */
    public final class Claim implements AutoCloseable {

        private final String fileName;

        private Claim(String fileName) {
            this.fileName = fileName;
        }

        /** The name of the claimed file in {@code processing/}. */
        public String fileName() {
            return fileName;
        }

        @Override
        public void close() {
            held.remove(fileName); // first: a renewal that finds the row deleted must not take it for a lost claim
            try {
                jdbc.sql("DELETE FROM file_claim WHERE file_name = ? AND node_id = ?").params(fileName, node).update();
            } catch (RuntimeException e) {
                // the lease runs out on its own; the file is then free for any node
                log.warn("{}: its claim could not be released ({}); it lapses after its lease", fileName, e.getMessage());
            }
        }
    }
}
