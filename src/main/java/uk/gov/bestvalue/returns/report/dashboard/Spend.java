package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Third-party spend: payment lines of the current spend ledgers (grant payments left out, as in R1), what of it
 * R1's match put on a live contract and what off contract, and the ledger lines it sums.
 */
public record Spend(int payments, BigDecimal amount, int offContractPayments, BigDecimal onContract,
                    BigDecimal offContract, List<SourceRef> sources) {

    public Spend {
        sources = List.copyOf(sources);
    }

    /** The share of the amount off contract, to four places (0.2493 is 24.93%); null when nothing was spent. */
    public BigDecimal offContractShare() {
        return amount.signum() == 0 ? null : offContract.divide(amount, 4, RoundingMode.HALF_UP);
    }

    /** The share of the amount on a contract; null when nothing was spent. */
    public BigDecimal onContractShare() {
        BigDecimal off = offContractShare();
        return off == null ? null : BigDecimal.ONE.subtract(off);
    }
}
