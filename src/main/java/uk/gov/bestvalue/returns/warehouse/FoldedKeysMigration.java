package uk.gov.bestvalue.returns.warehouse;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.keys.KeyText;
import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.returntypes.grants.PurposeKey;
import uk.gov.bestvalue.returns.returntypes.grants.RecipientKey;

/**
 * Version 28 of the warehouse: the supplier, recipient and purpose keys stored before keys folded accents
 * ({@link KeyText}) made again from their rows' own columns, so that a supplier or recipient loaded before matches the
 * same one loaded after.
 */
@Component
public class FoldedKeysMigration extends KeyRefoldingMigration {

    private static final List<StoredKey> FACTS = List.of(
            new StoredKey("contract_fact", "contract_fact_id", "supplier_key",
                    List.of("supplier_name", "supplier_company_number"), c -> SupplierKey.of(c[0], c[1])),
            new StoredKey("payment_fact", "payment_fact_id", "supplier_key",
                    List.of("supplier_name", "supplier_company_number"), c -> SupplierKey.of(c[0], c[1])),
            new StoredKey("grant_fact", "grant_fact_id", "recipient_key",
                    List.of("recipient_name", "recipient_charity_number", "recipient_company_number",
                            "recipient_org_id"), c -> RecipientKey.of(c[0], c[1], c[2], c[3])),
            new StoredKey("grant_fact", "grant_fact_id", "purpose_key", List.of("title", "programme"),
                    c -> PurposeKey.of(c[0], c[1])));

    /** The dimensions, whose key is their primary key: the id and the key are the same column. */
    private static final List<StoredKey> DIMENSIONS = List.of(
            new StoredKey("supplier", "supplier_key", "supplier_key", List.of("supplier_name", "company_number"),
                    c -> SupplierKey.of(c[0], c[1])),
            new StoredKey("recipient", "recipient_key", "recipient_key",
                    List.of("recipient_name", "charity_number", "company_number", "org_id"),
                    c -> RecipientKey.of(c[0], c[1], c[2], c[3])));

    public FoldedKeysMigration() {
        super("28", "fold accents in supplier recipient and purpose keys", FACTS, DIMENSIONS);
    }
}
