package uk.gov.bestvalue.returns.warehouse;

import java.util.List;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.keys.SupplierKey;

/**
 * Version 30 of the warehouse: the supplier keys stored as {@code name:} with nothing after it made again. Such a key
 * came from a name made only of the words a supplier key drops ("@UK Plc": "uk", "plc"), which is now keyed by those
 * words, or from a name with no letter or digit (a redacted "*****"), which now identifies no supplier; before, both
 * kinds shared the one key, so that a dashboard counted a company's payments with redacted ones.
 */
@Component
public class EmptySupplierKeysMigration extends KeyRefoldingMigration {

    private static final String EMPTY = "supplier_key = 'name:'";

    private static final List<StoredKey> FACTS = List.of(
            new StoredKey("contract_fact", "contract_fact_id", "supplier_key",
                    List.of("supplier_name", "supplier_company_number"), c -> SupplierKey.of(c[0], c[1]), EMPTY),
            new StoredKey("payment_fact", "payment_fact_id", "supplier_key",
                    List.of("supplier_name", "supplier_company_number"), c -> SupplierKey.of(c[0], c[1]), EMPTY));

    /** The supplier dimension, whose key is its primary key. */
    private static final List<StoredKey> DIMENSIONS = List.of(
            new StoredKey("supplier", "supplier_key", "supplier_key", List.of("supplier_name", "company_number"),
                    c -> SupplierKey.of(c[0], c[1]), EMPTY));

    public EmptySupplierKeysMigration() {
        super("30", "key suppliers named by dropped words alone", FACTS, DIMENSIONS);
    }
}
