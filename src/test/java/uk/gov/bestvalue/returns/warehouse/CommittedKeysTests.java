package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A dimension key counts as written for a load only once its chunk's transaction commits. */
class CommittedKeysTests {

    private final CommittedKeys keys = new CommittedKeys();

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void keysOfACommittedChunkAreKnownForThatLoadOnly() {
        // given a chunk's transaction
        TransactionSynchronizationManager.initSynchronization();

        // when it writes two keys and commits
        keys.afterCommit(7, Set.of("ch:01000000", "name:acme"));
        assertThat(keys.known(7)).isEmpty();
        TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);

        // then they are known for load 7, not for load 8
        assertThat(keys.known(7)).containsExactlyInAnyOrder("ch:01000000", "name:acme");
        assertThat(keys.known(8)).isEmpty();
    }

    @Test
    void keysOfAChunkRolledBackAreNotKnown() {
        // given a chunk's transaction that writes a key
        TransactionSynchronizationManager.initSynchronization();
        keys.afterCommit(7, Set.of("name:acme"));

        // when it rolls back (its synchronizations are dropped without a commit)
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        TransactionSynchronizationManager.clearSynchronization();

        // then the key will be written again by the chunk done again
        assertThat(keys.known(7)).isEmpty();
    }

    @Test
    void withoutATransactionKeysAreKnownAtOnce() {
        // when keys are written outside a transaction
        keys.afterCommit(7, Set.of("name:acme"));

        // then
        assertThat(keys.known(7)).containsExactly("name:acme");
    }
}
