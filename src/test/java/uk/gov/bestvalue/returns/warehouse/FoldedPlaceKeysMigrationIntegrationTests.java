package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A warehouse loaded before asset and milestone keys folded accents: the keys made as they were then (the accented
 * letter dropped) are made again, so that a Welsh property loaded as "Tŷ Penallta" matches it loaded as "Ty
 * Penallta", a milestone keeps its history when its text loses an accent, and properties named "-" are no longer one
 * asset; the rest is left as it was.
 */
@SpringBootTest
class FoldedPlaceKeysMigrationIntegrationTests extends KeyRefoldingMigrationTest {

    @Autowired
    private FoldedPlaceKeysMigration migration;

    @Test
    void flywayRunsItAsVersion29() {
        assertAppliedAs("29", "fold accents in asset and milestone keys");
    }

    @Test
    void assetAndMilestoneKeysMadeWithoutFoldingAreMadeAgainFromTheirRows() throws Exception {
        // given rows keyed as before: the accented letter dropped
        disposal(2, null, "Tŷ Penallta", "CF82 7PG", "name:t penallta|cf827pg");
        disposal(3, "100023336956", "Hen Ysgol Gymraeg Môn", null, "100023336956");
        disposal(4, null, "Shadwell Community Centre", "E1 0RD", "name:shadwell community centre|e10rd");
        String cut = "Canolfan " + "x".repeat(290) + "…";
        disposal(5, null, cut, null, "name:canolfan the whole name it was made from");
        disposal(6, null, "-", "E1 1AA", "name:|e11aa");
        milestone(2, "Grants", "Review of the Ynys Môn grant scheme", "Agree criteria",
                "grants|review of the ynys m n grant scheme|agree criteria");
        milestone(3, "Grants", "Bi-Annual Update", "Consultation & engagement",
                "grants|bi annual update|consultation engagement");
        asset("name:t penallta|cf827pg", "Tŷ Penallta", "CF82 7PG");
        asset("name:t glas|cf101aa", "Tŷ Glas", "CF10 1AA");
        asset("name:ty glas|cf101aa", "Ty Glas", "CF10 1AA");
        asset("name:|e11aa", "-", "E1 1AA");

        // when the migration runs
        int changed = refold(migration);

        // then each key is the one a load would make today
        assertThat(changed).isEqualTo(6);
        assertThat(column("SELECT asset_key FROM disposal_fact WHERE load_batch_id = ? ORDER BY source_row"))
                .containsExactly("name:ty penallta|cf827pg", "100023336956", "name:shadwell community centre|e10rd",
                        "name:canolfan the whole name it was made from", null);
        assertThat(column("SELECT milestone_key FROM milestone_fact WHERE load_batch_id = ? ORDER BY source_row"))
                .containsExactly("grants|review of the ynys mon grant scheme|agree criteria",
                        "grants|bi annual update|consultation engagement");
        // an asset whose new key was already there is merged into it, and one that no name identifies goes
        assertThat(jdbc.sql("SELECT asset_key FROM asset ORDER BY asset_key").query(String.class).list())
                .containsExactly("name:ty glas|cf101aa", "name:ty penallta|cf827pg");

        // and a second run finds nothing left to do
        assertThat(refold(migration)).isZero();
    }

    private void disposal(int row, String uprn, String propertyName, String postcode, String key) {
        jdbc.sql("INSERT INTO disposal_fact (load_batch_id, source_sheet, source_row, uprn, property_name, postcode, "
                        + "asset_key) VALUES (?, 'Disposals', ?, ?, ?, ?, ?)")
                .params(batch, row, uprn, propertyName, postcode, key).update();
    }

    private void milestone(int row, String area, String action, String milestone, String key) {
        jdbc.sql("INSERT INTO milestone_fact (load_batch_id, source_sheet, source_row, area, action, milestone, "
                        + "milestone_key) VALUES (?, 'Grants', ?, ?, ?, ?, ?)")
                .params(batch, row, area, action, milestone, key).update();
    }

    private void asset(String key, String propertyName, String postcode) {
        jdbc.sql("INSERT INTO asset (asset_key, property_name, postcode) VALUES (?, ?, ?)")
                .params(key, propertyName, postcode).update();
    }
}
