package uk.gov.bestvalue.returns.returntypes.disposals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.rules.EnabledRules;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The property disposals return: disposal lines, rules D1-D5, and the asset dimension keyed on UPRN. */
public class DisposalsReturn implements ReturnType<DisposalLine> {

    static final String GROUP = "disposals";


    @Override
    public String specId() {
        return "property-disposals";
    }

    @Override
    public DisposalLine item(ReturnRow row) {
        return DisposalLine.of(row);
    }

    @Override
    public List<Rule<DisposalLine>> rules(RuleSettings settings) {
        return EnabledRules.<DisposalLine>in(settings, GROUP)
                .add("D1", D1PriorWrittenConsentRule::new)
                .add("D2", D2ProtocolComplianceRule::new)
                .add("D3", () -> new D3BestConsiderationRule(settings))
                .add("D4", () -> new D4ValuationAgeRule(settings))
                .add("D5", D5CapitalReceiptRule::new)
                .list();
    }

    @Override
    public List<String> derivedColumnNames() {
        return List.of("asset_key");
    }

    @Override
    public Map<String, Object> derivedColumns(DisposalLine line) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("asset_key", AssetKey.of(line.uprn(), line.propertyName(), line.postcode()));
        return columns;
    }

    @Override
    public List<String> publishStatements() {
        // a UPRN read from a number cell may be in the cell's stored form, e.g. "6.094123456E9" in an .xlsx
        // written by a tool other than Excel: the load's UPRNs are stored as their digits (the asset key)
        String uprnsAsDigits = """
                UPDATE disposal_fact SET uprn = asset_key
                WHERE load_batch_id = ?
                  AND asset_key IS NOT NULL AND asset_key NOT LIKE 'name:%'
                  AND uprn <> asset_key""";
        // the asset dimension gains the assets this load names for the first time
        return List.of(uprnsAsDigits, """
                INSERT INTO asset (asset_key, uprn, property_name, address, postcode, tenure_type)
                SELECT f.asset_key, MIN(f.uprn), MIN(f.property_name), MIN(f.address), MIN(f.postcode), MIN(f.tenure_type)
                FROM disposal_fact f
                WHERE f.load_batch_id = ?
                  AND f.asset_key IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM asset a WHERE a.asset_key = f.asset_key)
                GROUP BY f.asset_key""");
    }
}
