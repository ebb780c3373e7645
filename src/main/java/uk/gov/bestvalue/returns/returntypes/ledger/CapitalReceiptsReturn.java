package uk.gov.bestvalue.returns.returntypes.ledger;

import java.util.List;

import uk.gov.bestvalue.returns.returntypes.ReturnType;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleSettings;

/** The capital receipts ledger: receipt lines for R4's match with completed disposals; no plan rules. */
public class CapitalReceiptsReturn implements ReturnType<ReceiptLine> {

    @Override
    public String specId() {
        return "capital-receipts";
    }

    @Override
    public ReceiptLine item(ReturnRow row) {
        return ReceiptLine.of(row);
    }

    @Override
    public List<Rule<ReceiptLine>> rules(RuleSettings settings) {
        return List.of();
    }
}
