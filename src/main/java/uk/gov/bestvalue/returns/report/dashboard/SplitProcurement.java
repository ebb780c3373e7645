package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A savings pointer: one directorate's contracts with one supplier each under a threshold (the central register's
 * of P1, or e-tendering's of P3, as {@code rules.yml} dates them) that together reach it, a possible split
 * procurement; the contracts' references and rows.
 */
public record SplitProcurement(String directorateId, String directorate, String supplierKey, String supplier,
                               String rule, BigDecimal threshold, int contracts, BigDecimal combinedValue,
                               List<String> references, List<SourceRef> sources) {

    public SplitProcurement {
        references = List.copyOf(references);
        sources = List.copyOf(sources);
    }
}
