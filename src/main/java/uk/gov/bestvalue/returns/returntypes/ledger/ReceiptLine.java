package uk.gov.bestvalue.returns.returntypes.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;

import uk.gov.bestvalue.returns.rules.ReturnRow;

/** One line of a capital receipts export, with the typed row it came from. */
public record ReceiptLine(ReturnRow row, LocalDate receiptDate, BigDecimal amount, String receiptReference,
                          String uprn, String disposalReference) {

    /** Reads the fields reconciliation uses from a typed row. */
    public static ReceiptLine of(ReturnRow row) {
        return new ReceiptLine(row, row.date("receipt_date"), row.money("amount"), row.text("receipt_reference"),
                row.text("uprn"), row.text("disposal_reference"));
    }
}
