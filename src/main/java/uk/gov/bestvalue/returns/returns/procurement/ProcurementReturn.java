package uk.gov.bestvalue.returns.returns.procurement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.gov.bestvalue.returns.returns.ReturnType;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The procurement contracts return: contract lines, rules P1-P8, and the supplier dimension. */
@Component
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
        List<Rule<ContractLine>> all = List.of(new P1ContractsRegisterRule(settings), new P2WaiverRule(),
                new P3ETenderingRule(settings), new P4DeclarationOfInterestRule(), new P5LondonLivingWageRule(),
                new P6SignedContractRule(), new P7PublicThresholdRule(settings), new P8DataSanityRule(settings));
        List<Rule<ContractLine>> enabled = new ArrayList<>();
        for (Rule<ContractLine> rule : all) {
            if (settings.enabled(GROUP, rule.id())) {
                enabled.add(rule);
            }
        }
        return enabled;
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
    public List<String> publishStatements() {
        // the supplier dimension gains the suppliers this load names for the first time
        return List.of("""
                INSERT INTO supplier (supplier_key, supplier_name, company_number)
                SELECT f.supplier_key, MIN(f.supplier_name), MIN(f.supplier_company_number)
                FROM contract_fact f
                WHERE f.load_batch_id = ?
                  AND f.supplier_key IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM supplier s WHERE s.supplier_key = f.supplier_key)
                GROUP BY f.supplier_key""");
    }
}
