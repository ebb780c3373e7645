package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * A directorate's live contracts let by waiver or direct award that started in a quarter: how many, their value,
 * their references and rows.
 */
public record WaiverLine(String directorateId, String directorate, Quarter quarter, int waivers, BigDecimal value,
                         List<String> references, List<SourceRef> sources) {

    public WaiverLine {
        references = List.copyOf(references);
        sources = List.copyOf(sources);
    }
}
