package uk.gov.bestvalue.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The keys seen in one return and the row each was first seen on (P8's unique contract reference). */
class KeyTrackerTests {

    private final KeyTracker keys = new KeyTracker();

    @Test
    void aNewKeyIsZeroAndARepeatGivesTheRowItWasFirstSeenOn() {
        // given
        int first = keys.firstRowOf("PL-001", 4);

        // when
        int second = keys.firstRowOf("PL-001", 9);
        int third = keys.firstRowOf("PL-001", 12);

        // then
        assertThat(first).isZero();
        assertThat(second).isEqualTo(4);
        assertThat(third).as("the first row, not the previous repeat").isEqualTo(4);
        assertThat(keys.size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "[{0}] repeats [{1}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "PL-001|pl-001",
        "PL-001|  PL-001  ",
        "pl-001|' Pl-001\t'",
        "Contract Ref 7|CONTRACT REF 7"})
    void keysMatchIgnoringCaseAndSurroundingSpaces(String first, String repeat) {
        // given
        keys.firstRowOf(first, 4);

        // when
        int row = keys.firstRowOf(repeat, 5);

        // then
        assertThat(row).isEqualTo(4);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
        "PL-001", "'  Contract Ref 7	'", "ÉCOLE-1", "  Straße 9 ", "İSTANBUL-3", "ﬁle-2", "''", "'   '", "Z@[`{"})
    void hashesAsciiKeysAsTheJdkLowerCaseAndUtf8Would(String key) {
        // when
        long quick = KeyTracker.hash(key);

        // then the hash of any key is the one of its trimmed, lower-cased UTF-8 bytes
        assertThat(quick).isEqualTo(KeyTracker.hashOfText(key));
    }

    @ParameterizedTest(name = "[{0}] differs from [{1}]")
    @CsvSource(delimiter = '|', value = {
        "PL-001|PL-0001",
        "PL-001|PL-01",
        "PL 001|PL-001",
        "A|B"})
    void differentKeysAreDistinct(String first, String other) {
        // given
        keys.firstRowOf(first, 4);

        // when
        int row = keys.firstRowOf(other, 5);

        // then
        assertThat(row).isZero();
        assertThat(keys.size()).isEqualTo(2);
    }

    @Test
    void growsPastItsFirst1024SlotsAndStillFindsEveryKey() {
        // given 100,000 distinct references on rows 2 .. 100,001
        int count = 100_000;
        int newOnes = 0;
        for (int i = 0; i < count; i++) {
            if (keys.firstRowOf("CR-" + i, i + 2) == 0) {
                newOnes++;
            }
        }

        // when each is met again, in another case, further down
        int found = 0;
        int wrong = 0;
        for (int i = 0; i < count; i++) {
            int row = keys.firstRowOf(" cr-" + i + " ", count + i + 2);
            if (row == i + 2) {
                found++;
            } else {
                wrong++;
            }
        }

        // then
        assertThat(newOnes).as("all distinct on the first pass").isEqualTo(count);
        assertThat(keys.size()).isEqualTo(count);
        assertThat(found).isEqualTo(count);
        assertThat(wrong).isZero();
        assertThat(keys.firstRowOf("CR-" + count, 1)).as("a key never seen").isZero();
    }

    @Test
    void aBlankKeyIsTrackedLikeAnyOther() {
        // given
        keys.firstRowOf("", 3);

        // when
        int row = keys.firstRowOf("  ", 8);

        // then
        assertThat(row).isEqualTo(3);
    }
}
