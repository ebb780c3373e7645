package uk.gov.bestvalue.returns.returntypes.procurement;

import java.math.BigDecimal;
import java.util.List;

import uk.gov.bestvalue.returns.rules.DatedValues;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * P7: above the public procurement threshold in force at the contract's start (works have their own),
 * the route is competitive, never a waiver, and a supplier briefing is held.
 */
final class P7PublicThresholdRule implements Rule<ContractLine> {

    private final DatedValues services;
    private final DatedValues works;

    P7PublicThresholdRule(RuleSettings settings) {
        this.services = settings.dated("procurement", "P7", "public-threshold-services");
        this.works = settings.dated("procurement", "P7", "public-threshold-works");
    }

    @Override
    public String id() {
        return "P7";
    }

    @Override
    public void check(ContractLine line, RuleContext context, List<Finding> findings) {
        if (line.totalValue() == null) {
            return;
        }
        BigDecimal limit = (line.isWorks() ? works : services).on(ProcurementDates.effective(line, context));
        if (line.totalValue().compareTo(limit) < 0) {
            return;
        }
        // most contracts above the threshold break neither part: the wording is built only for a finding
        if (line.isWaiver()) {
            findings.add(Finding.on(line.row(), "procurement_route", id(), Severity.ERROR, above(line, limit)
                    + ", so it cannot be let by waiver. It needs a competitive procedure under the Public "
                    + "Contracts Regulations: refer it to the Head of Procurement."));
        }
        if (!line.row().isYes("supplier_briefing")) {
            findings.add(Finding.on(line.row(), "supplier_briefing", id(), Severity.ERROR, above(line, limit)
                    + ", so a supplier briefing must be held. Record the briefing, or hold one."));
        }
    }

    private static String above(ContractLine line, BigDecimal limit) {
        return line.named() + " is worth " + Wording.money(line.totalValue())
                + ", above the public procurement threshold of " + Wording.money(limit)
                + (line.isWorks() ? " for works" : "");
    }
}
