package uk.gov.bestvalue.returns.returntypes.procurement;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.returntypes.Dimension;
import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.rules.EnabledRules;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The procurement contracts return: contract lines, rules P1-P8, and the supplier dimension. */
public class ProcurementReturn implements ReturnType<ContractLine> {

    private static final String GROUP = "procurement";

    @Override
    public String specId() {
        return "procurement-contracts";
    }

    @Override
    public ContractLine item(ReturnRow row) {
        return ContractLine.of(row);
    }

    @Override
    public List<Rule<ContractLine>> rules(RuleSettings settings) {
        return EnabledRules.<ContractLine>in(settings, GROUP)
                .add("P1", () -> new P1ContractsRegisterRule(settings))
                .add("P2", P2WaiverRule::new)
                .add("P3", () -> new P3ETenderingRule(settings))
                .add("P4", P4DeclarationOfInterestRule::new)
                .add("P5", P5LondonLivingWageRule::new)
                .add("P6", P6SignedContractRule::new)
                .add("P7", () -> new P7PublicThresholdRule(settings))
                .add("P8", () -> new P8DataSanityRule(settings))
                .list();
    }

    @Override
    public List<String> derivedColumnNames() {
        return List.of("supplier_key");
    }

    @Override
    public Map<String, Object> derivedColumns(ContractLine line) {
        Map<String, Object> columns = new HashMap<>();
        columns.put("supplier_key", SupplierKey.of(line.supplierName(), line.companyNumber()));
        return columns;
    }

    @Override
    public List<Dimension> dimensions() {
        // the supplier dimension gains the suppliers this load names for the first time
        return List.of(new Dimension("supplier", List.of("supplier_key", "supplier_name", "company_number"),
                List.of("supplier_key", "supplier_name", "supplier_company_number")));
    }
}
