package uk.gov.bestvalue.returns.report.dashboard;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.keys.SupplierKey;
import uk.gov.bestvalue.returns.reconcile.CandidateQueries;
import uk.gov.bestvalue.returns.reconcile.DirectorateNames;
import uk.gov.bestvalue.returns.reconcile.LedgerPayment;
import uk.gov.bestvalue.returns.reconcile.PaymentMatch;
import uk.gov.bestvalue.returns.reconcile.PaymentMatcher;
import uk.gov.bestvalue.returns.reconcile.ReconcileSettings;
import uk.gov.bestvalue.returns.reconcile.SupplierIndex;

/**
 * A month's contract payment lines of the current spend ledgers (grant payments left out, as R1 does), each matched
 * by R1's own matcher against the contracts R1 matches that month against. The monthly run keeps its match summed
 * ({@code payment_total}); matching again line by line gives the same sums and tells which lines each figure holds.
 */
final class PaidLines {

    private final JdbcClient jdbc;
    private final CandidateQueries candidates;
    private final LiveContracts contracts;
    private final ReconcileSettings settings;
    private final DirectorateNames directorates;

    PaidLines(JdbcClient jdbc, JdbcTemplate template, ReconcileSettings settings, OwnersDirectory owners) {
        this.jdbc = jdbc;
        this.candidates = new CandidateQueries(template);
        this.contracts = new LiveContracts(jdbc);
        this.settings = settings;
        this.directorates = new DirectorateNames(owners);
    }

    List<PaidLine> of(YearMonth month) {
        Map<Long, ContractRow> byId = new HashMap<>();
        for (ContractRow c : contracts.of(month)) {
            byId.put(c.factId(), c);
        }
        PaymentMatcher matcher = new PaymentMatcher(
                SupplierIndex.of(candidates.contracts(month.toString()), settings.nameSimilarity()),
                SupplierIndex.of(List.of(), settings.nameSimilarity()), settings, directorates);
        List<PaidLine> lines = new ArrayList<>();
        jdbc.sql("""
                SELECT payment_fact_id, load_batch_id, file_name, source_sheet, source_row, payment_date,
                       supplier_name, amount, supplier_key, department, expense_type
                FROM v_payment_current WHERE payment_date BETWEEN ? AND ?
                ORDER BY load_batch_id, source_row""")
                .params(Date.valueOf(month.atDay(1)), Date.valueOf(month.atEndOfMonth()))
                .query(rs -> {
                    LedgerPayment payment = new LedgerPayment(rs.getLong("payment_fact_id"),
                            rs.getLong("load_batch_id"), rs.getString("file_name"), rs.getString("source_sheet"),
                            rs.getInt("source_row"), rs.getDate("payment_date").toLocalDate(),
                            rs.getString("supplier_name"), rs.getBigDecimal("amount"), rs.getString("supplier_key"),
                            rs.getString("department"), rs.getString("expense_type"));
                    if (settings.isGrantPayment(payment.expenseType()) || payment.amount() == null) {
                        return;
                    }
                    lines.add(line(matcher.process(payment), byId));
                });
        return lines;
    }

    private static PaidLine line(PaymentMatch match, Map<Long, ContractRow> contracts) {
        LedgerPayment payment = match.payment();
        SourceRef source = new SourceRef(payment.loadBatchId(), payment.fileName(), payment.sheet(), payment.row());
        String directorate = match.directorateId() == null ? DirectoratesInOrder.UNASSIGNED : match.directorateId();
        ContractRow contract = match.result().matched() ? contracts.get(match.result().candidate().factId()) : null;
        if (contract == null) {
            String supplierKey = payment.supplierKey() != null ? payment.supplierKey()
                    : Objects.requireNonNullElse(SupplierKey.of(payment.supplierName(), null), "unknown");
            return new PaidLine(directorate, PaidLine.NO_CATEGORY, "Not on a contract", supplierKey,
                    payment.supplierName(), payment.amount(), match.offContract(), source);
        }
        String categoryKey = ContractDashboards.categoryKey(contract.category());
        return new PaidLine(directorate, categoryKey == null ? PaidLine.NO_CATEGORY : categoryKey,
                categoryKey == null ? "No category on the contract" : contract.category().strip(),
                contract.supplierKey(), contract.supplier(), payment.amount(), false, source);
    }
}
