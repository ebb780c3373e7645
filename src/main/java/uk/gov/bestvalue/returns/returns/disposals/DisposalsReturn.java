package uk.gov.bestvalue.returns.returns.disposals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.returns.ReturnType;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The property disposals return: disposal lines, rules D1-D5, and the asset dimension keyed on UPRN. */
@Component
public class DisposalsReturn implements ReturnType<DisposalLine> {

    static final String GROUP = "disposals";

    /** Every rule by id, built only when switched on (so a rule switched off needs no settings). */
    private static final Map<String, Function<RuleSettings, Rule<DisposalLine>>> RULES = new LinkedHashMap<>();

    static {
        RULES.put("D1", settings -> new D1PriorWrittenConsentRule());
        RULES.put("D2", settings -> new D2ProtocolComplianceRule());
        RULES.put("D3", D3BestConsiderationRule::new);
        RULES.put("D4", D4ValuationAgeRule::new);
        RULES.put("D5", settings -> new D5CapitalReceiptRule());
    }

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
        List<Rule<DisposalLine>> enabled = new ArrayList<>();
        RULES.forEach((id, rule) -> {
            if (settings.enabled(GROUP, id)) {
                enabled.add(rule.apply(settings));
            }
        });
        return enabled;
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
