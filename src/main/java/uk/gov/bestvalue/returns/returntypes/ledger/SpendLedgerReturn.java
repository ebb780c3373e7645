package uk.gov.bestvalue.returns.returntypes.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * The spend ledger (spending over £500): payment lines keyed on their supplier the way contracts are, so the
 * monthly reconciliation can match them. It has no plan rules of its own: R1-R3 run in the monthly job.
 */
public class SpendLedgerReturn implements ReturnType<PaymentLine> {

    @Override
    public String specId() {
        return "spend-ledger";
    }

    @Override
    public PaymentLine item(ReturnRow row) {
        return PaymentLine.of(row);
    }

    @Override
    public List<Rule<PaymentLine>> rules(RuleSettings settings) {
        return List.of();
    }

    @Override
    public List<String> derivedColumnNames() {
        return List.of("supplier_key");
    }

    @Override
    public Map<String, Object> derivedColumns(PaymentLine line) {
        Map<String, Object> columns = new HashMap<>();
        // a line without a supplier name keeps a null key: it matches no contract (R1 reports it)
        columns.put("supplier_key", SupplierKey.of(line.supplierName(), line.supplierCompanyNumber()));
        return columns;
    }
}
