package uk.gov.bestvalue.returns.warehouse;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.keys.KeyText;
import uk.gov.bestvalue.returns.returntypes.disposals.AssetKey;
import uk.gov.bestvalue.returns.returntypes.milestones.MilestoneLine;

/**
 * Version 29 of the warehouse: the asset and milestone keys stored before they folded accents ({@link KeyText}) made
 * again from their rows' own columns. Before, an accented letter was dropped: "Tŷ Penallta" was keyed
 * "name:t penallta" and never matched the same property written "Ty Penallta", and a milestone whose text gained or
 * lost an accent from one month to the next was taken for a new one. An asset whose name has no letter or digit
 * ("-"), once keyed {@code name:} and so merged with every other such asset, is now keyed by nothing.
 */
@Component
public class FoldedPlaceKeysMigration extends KeyRefoldingMigration {

    /** An asset keyed from a name with an accent, or from a name without a letter or digit ("name:" or "name:|..."). */
    private static final String ASSETS = StoredKey.nonAscii(List.of("property_name", "postcode"))
            + " OR asset_key = 'name:' OR asset_key LIKE 'name:|%'";

    private static final List<StoredKey> FACTS = List.of(
            new StoredKey("disposal_fact", "disposal_fact_id", "asset_key",
                    List.of("uprn", "property_name", "postcode"), c -> AssetKey.of(c[0], c[1], c[2]), ASSETS),
            new StoredKey("milestone_fact", "milestone_fact_id", "milestone_key",
                    List.of("area", "action", "milestone"), c -> MilestoneLine.key(c[0], c[1], c[2])));

    /** The asset dimension, whose key is its primary key. */
    private static final List<StoredKey> DIMENSIONS = List.of(
            new StoredKey("asset", "asset_key", "asset_key", List.of("uprn", "property_name", "postcode"),
                    c -> AssetKey.of(c[0], c[1], c[2]), ASSETS));

    public FoldedPlaceKeysMigration() {
        super("29", "fold accents in asset and milestone keys", FACTS, DIMENSIONS);
    }
}
