package uk.gov.bestvalue.returns.returntypes.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.gov.bestvalue.returns.rules.ReturnRow;

/** One payment line of a spend ledger export, with the typed row it came from (for its file, sheet and row). */
public record PaymentLine(ReturnRow row, LocalDate paymentDate, String supplierName, BigDecimal amount,
                          String transactionReference, String department, String supplierCompanyNumber) {

    /** Reads the fields reconciliation uses from a typed row. */
    public static PaymentLine of(ReturnRow row) {
        return new PaymentLine(row, row.date("payment_date"), row.text("supplier_name"), row.money("amount"),
                row.text("transaction_reference"), row.text("department"), row.text("supplier_company_number"));
    }
}
