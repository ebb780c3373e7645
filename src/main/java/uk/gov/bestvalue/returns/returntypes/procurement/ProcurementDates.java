package uk.gov.bestvalue.returns.returntypes.procurement;

import java.time.LocalDate;

import uk.gov.bestvalue.returns.rules.RuleContext;

/** Which date decides the threshold in force for a contract. */
final class ProcurementDates {

    private ProcurementDates() {
    }

    /** The contract's start date, else the first day of the return's period. */
    static LocalDate effective(ContractLine line, RuleContext context) {
        return line.startDate() != null ? line.startDate() : context.period().atDay(1);
    }
}
