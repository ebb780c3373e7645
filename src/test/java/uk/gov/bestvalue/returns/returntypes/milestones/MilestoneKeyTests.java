package uk.gov.bestvalue.returns.returntypes.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The key a milestone is matched on from one month to the next (rule M4 and the KPIs' history). */
class MilestoneKeyTests {

    @Test
    void caseAndPunctuationDoNotCount() {
        assertThat(MilestoneLine.key("Grants", "Bi-Annual Update of the CVS Strategy", "Consultation & engagement"))
                .isEqualTo("grants|bi annual update of the cvs strategy|consultation engagement")
                .isEqualTo(MilestoneLine.key("GRANTS", "Bi Annual Update of the CVS strategy.",
                        "consultation - engagement"));
    }

    @Test
    void accentsDoNotCountSoThatAMilestoneWhoseTextLostOneKeepsItsHistory() {
        assertThat(MilestoneLine.key("Grants", "Review of the Ynys Môn grant scheme", "Agree criteria"))
                .isEqualTo("grants|review of the ynys mon grant scheme|agree criteria")
                .isEqualTo(MilestoneLine.key("Grants", "Review of the Ynys Mon grant scheme", "Agree criteria"));
    }

    @Test
    void aBlankPartIsEmpty() {
        assertThat(MilestoneLine.key("Property", null, "Asset register complete"))
                .isEqualTo("property||asset register complete");
    }
}
