package uk.gov.bestvalue.returns.returntypes.procurement;

import java.time.LocalDate;
import java.util.List;

import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * P8: data sanity. The contract reference is unique within the return, the end is not before the start,
 * the value is above zero; contracts ending within the horizon (6 months) are flagged for re-procurement.
 */
final class P8DataSanityRule implements Rule<ContractLine> {

    private final int horizonMonths;

    P8DataSanityRule(RuleSettings settings) {
        this.horizonMonths = settings.number("procurement", "P8", "reprocurement-horizon-months").intValue();
    }

    @Override
    public String id() {
        return "P8";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        if (line.reference() != null) {
            // the lots of one contract share its reference: a row repeats another only with the same lot and supplier;
            // a register without a lot column often names the lot in the title instead
            String lot = line.row().text("lot");
            if (lot == null) {
                lot = LotOfTitle.of(line.row().text("title"));
            }
            String key = line.reference() + "\u0000" + (lot == null ? "" : lot.strip().toLowerCase())
                    + "\u0000" + SupplierKey.of(line.row().text("supplier_name"), line.row().text("supplier_company_number"));
            int first = context.keys().firstRowOf(key, line.row().rowNumber());
            if (first > 0) {
                findings.add(Finding.on(line.row(), "contract_reference", id(), Severity.ERROR,
                        "Contract reference " + line.reference() + " is used twice" + (lot == null ? "" : " for lot " + lot)
                                + " with the same supplier: it is already on row " + first + ". Give each contract "
                                + "its own reference (or each lot its own lot), or remove the repeated row."));
            }
        }
        if (line.startDate() != null && line.endDate() != null && line.endDate().isBefore(line.startDate())) {
            findings.add(Finding.on(line.row(), "end_date", id(), Severity.ERROR,
                    line.named() + " ends on " + Wording.date(line.endDate()) + ", before it starts on "
                            + Wording.date(line.startDate()) + ". Correct the start or end date."));
        }
        if (line.totalValue() != null && line.totalValue().signum() <= 0) {
            findings.add(Finding.on(line.row(), "total_value", id(), Severity.ERROR,
                    line.named() + " has a total value of " + Wording.money(line.totalValue())
                            + ". Enter the contract's total value, which must be more than £0."));
        }
        LocalDate periodStart = context.period().atDay(1);
        LocalDate horizon = context.period().plusMonths(horizonMonths).atEndOfMonth();
        if (line.endDate() != null && !line.endDate().isBefore(periodStart) && !line.endDate().isAfter(horizon)) {
            findings.add(Finding.on(line.row(), "end_date", id(), Severity.WARNING,
                    line.named() + " ends on " + Wording.date(line.endDate()) + ", within "
                            + horizonMonths + " months. Plan its re-procurement (or extension) now."));
        }
    }
}
