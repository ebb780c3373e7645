package uk.gov.bestvalue.returns.returntypes.procurement;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.bestvalue.returns.rules.DatedValues;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Wording;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;

/** P3: procurement over the e-tendering threshold (£5,000) goes through the portal unless a waiver applies. */
final class P3ETenderingRule implements Rule<ContractLine> {

    private final DatedValues threshold;

    P3ETenderingRule(RuleSettings settings) {
        this.threshold = settings.dated("procurement", "P3", "etendering-threshold");
    }

    @Override
    public String id() {
        return "P3";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        if (line.totalValue() == null || line.isWaiver() || !line.isBlank("etender_reference")) {
            return;
        }
        BigDecimal limit = threshold.on(ProcurementDates.effective(line, context));
        if (line.totalValue().compareTo(limit) > 0) {
            findings.add(Finding.on(line.row(), "etender_reference", id(), Severity.ERROR,
                    line.named() + " is worth " + Wording.money(line.totalValue()) + ", over "
                            + Wording.money(limit) + ", but has no e-tendering portal reference. Procurement over "
                            + Wording.money(limit) + " must go through the portal: enter its reference, or record "
                            + "the waiver that applies."));
        }
    }
}
