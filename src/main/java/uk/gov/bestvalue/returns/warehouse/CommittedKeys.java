package uk.gov.bestvalue.returns.warehouse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The dimension keys the committed chunks of the last few loads have written, so that a later chunk of the same
 * load need not write them again. A key counts only once its chunk commits: a chunk rolled back (and done again
 * on restart) writes its keys again. Bounded: a load naming more keys than {@link #MAX_KEYS} just writes the rest.
 */
final class CommittedKeys {

    static final int MAX_KEYS = 100_000;
    private static final int LOADS = 4;

    private final Map<Long, Set<String>> byLoad = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Set<String>> eldest) {
            return size() > LOADS;
        }
    };

    /** The keys known written for the load (a concurrent set: chunks of other threads may commit meanwhile). */
    synchronized Set<String> known(long loadBatchId) {
        return Collections.unmodifiableSet(byLoad.computeIfAbsent(loadBatchId, id -> ConcurrentHashMap.newKeySet()));
    }

    /** Records the keys once the current transaction commits (at once when there is none). */
    void afterCommit(long loadBatchId, Set<String> keys) {
        Set<String> written = Set.copyOf(keys);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    add(loadBatchId, written);
                }
            });
        } else {
            add(loadBatchId, written);
        }
    }

    private synchronized void add(long loadBatchId, Set<String> keys) {
        Set<String> known = byLoad.computeIfAbsent(loadBatchId, id -> ConcurrentHashMap.newKeySet());
        for (String key : keys) {
            if (known.size() >= MAX_KEYS) {
                return;
            }
            known.add(key);
        }
    }
}
