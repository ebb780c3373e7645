package uk.gov.bestvalue.returns.returntypes.disposals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * D3: best consideration. A consideration below the market valuation by more than the tolerance (5%) is a
 * disposal at an undervalue, which needs explicit consent: an error without a consent reference, a warning
 * (to confirm the consent covers the undervalue) with one.
 */
final class D3BestConsiderationRule implements Rule<DisposalLine> {

    private final BigDecimal tolerance;

    D3BestConsiderationRule(RuleSettings settings) {
        this.tolerance = settings.number("disposals", "D3", "undervalue-tolerance");
    }

    @Override
    public String id() {
        return "D3";
    }

    @Override
    public void check(DisposalLine line, RuleContext context, List<Finding> findings) {
        BigDecimal valuation = line.marketValuation();
        BigDecimal consideration = line.consideration();
        if (valuation == null || consideration == null || valuation.signum() <= 0) {
            return;
        }
        BigDecimal shortfall = valuation.subtract(consideration);
        if (shortfall.compareTo(valuation.multiply(tolerance)) <= 0) {
            return;
        }
        String undervalue = line.described() + " is for " + Wording.money(consideration) + ", "
                + Wording.money(shortfall) + " (" + percent(shortfall.divide(valuation, 4, RoundingMode.HALF_UP))
                + ") below its market valuation of " + Wording.money(valuation) + ": a disposal at an undervalue ";
        if (!line.hasConsentReference()) {
            findings.add(Finding.on(line.row(), "consideration", id(), Severity.ERROR, undervalue
                    + "(more than " + percent(tolerance) + " below), which needs explicit consent. Obtain and enter the "
                    + "consent reference, or correct the consideration or valuation."));
        } else {
            findings.add(Finding.on(line.row(), "consideration", id(), Severity.WARNING, undervalue
                    + "with consent " + line.consentReference() + ". Make sure that consent expressly covers the "
                    + "undervalue and records why best consideration was not sought."));
        }
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
