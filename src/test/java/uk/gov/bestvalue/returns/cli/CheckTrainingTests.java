package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The training run bin/make-cds-archive records {@code check}'s fast start from: several command lines in one JVM,
 * and a failure that keeps a broken build from making an archive.
 */
class CheckTrainingTests {

    private static final String SAMPLES = "input-samples/";

    @Test
    void commandLinesAreSplitAtEachSeparatorAndEmptyOnesSkipped() {
        List<List<String>> lines = CheckTraining.commandLines(new String[] {";", "check", "a.xlsx", "--json", ";",
                ";", "check", "b.xls", ";"});

        assertThat(lines).containsExactly(List.of("check", "a.xlsx", "--json"), List.of("check", "b.xls"));
    }

    @Test
    void acceptedAndRejectedReturnsBothTrain() {
        int exitCode = CheckTraining.run(new String[] {"check", SAMPLES + "resources-procurement-2016-01.xlsx",
                "--json", ";", "check", SAMPLES + "adults-procurement-2016-01.xls", "--pipeline.jobs-dir=jobs", ";",
                "check", SAMPLES + "health-procurement-2016-01.csv", ";", "check", SAMPLES
                + "staff-survey-2016-01.xlsx"});

        assertThat(exitCode).isZero();
    }

    @Test
    void aCheckThatCannotRunFailsTheTraining() {
        int exitCode = CheckTraining.run(new String[] {"check", SAMPLES + "resources-procurement-2016-01.xlsx", ";",
                "check", SAMPLES + "no-such-return.xlsx"});

        assertThat(exitCode).isEqualTo(1);
    }
}
