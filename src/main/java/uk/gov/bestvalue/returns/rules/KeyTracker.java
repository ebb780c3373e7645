package uk.gov.bestvalue.returns.rules;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Remembers the keys already seen in a return and the row of their first occurrence, in about 12 bytes a
 * key (a 64-bit hash and the row), so uniqueness checks stay flat in memory on a million-row file.
 */
public final class KeyTracker {

    private static final long EMPTY = 0L;
    // FNV-1a, 64 bits
    private static final long OFFSET_BASIS = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long[] hashes = new long[1024];
    private int[] rows = new int[1024];
    private int size;

    /** Records a key on a row; returns the row it was first seen on, or 0 if it is new. */
    public int firstRowOf(String key, int row) {
        long hash = hash(key);
        int mask = hashes.length - 1;
        int slot = (int) (hash ^ (hash >>> 32)) & mask;
        while (hashes[slot] != EMPTY) {
            if (hashes[slot] == hash) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        rows[slot] = row;
        if (++size * 2 > hashes.length) {
            grow();
        }
        return 0;
    }

    /** How many distinct keys have been seen. */
    public int size() {
        return size;
    }

    /** Keys match ignoring case and surrounding spaces. */
    static long hash(String key) {
        int start = 0;
        int end = key.length();
        while (start < end && key.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && key.charAt(end - 1) <= ' ') {
            end--;
        }
        long h = OFFSET_BASIS;
        for (int i = start; i < end; i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                return hashOfText(key); // beyond ASCII, lower case and UTF-8 as the JDK makes them
            }
            h = (h ^ (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * PRIME;
        }
        return h == EMPTY ? 1 : h;
    }

    /** The hash as {@link #hash} makes it, by way of the JDK's lower case and UTF-8 for any text. */
    static long hashOfText(String key) {
        byte[] bytes = key.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        long h = OFFSET_BASIS;
        for (byte b : bytes) {
            h = (h ^ (b & 0xff)) * PRIME;
        }
        return h == EMPTY ? 1 : h;
    }

    private void grow() {
        long[] oldHashes = hashes;
        int[] oldRows = rows;
        hashes = new long[oldHashes.length * 2];
        rows = new int[oldRows.length * 2];
        int mask = hashes.length - 1;
        for (int i = 0; i < oldHashes.length; i++) {
            if (oldHashes[i] != EMPTY) {
                int slot = (int) (oldHashes[i] ^ (oldHashes[i] >>> 32)) & mask;
                while (hashes[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = oldHashes[i];
                rows[slot] = oldRows[i];
            }
        }
        Arrays.fill(oldHashes, EMPTY);
    }
}
