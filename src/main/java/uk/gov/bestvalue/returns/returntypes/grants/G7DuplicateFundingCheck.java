package uk.gov.bestvalue.returns.returntypes.grants;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.returntypes.CrossCheckContext;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.rules.Wording;

/**
 * G7 (warning), one co-ordinated grants register: a grant whose recipient (by {@link RecipientKey}) and
 * purpose (by {@link PurposeKey}) match a grant in another directorate's current grants return for the same
 * period is flagged, naming the other directorate and its grant. Run when the load is published, so the
 * return sent second carries the finding.
 */
final class G7DuplicateFundingCheck {

    static final String ID = "G7";

    private record Match(String sheet, int row, String reference, String recipient, String otherDirectorate,
                         String otherReference, BigDecimal otherAmount) {
    }

    List<Finding> check(CrossCheckContext context) {
        List<Match> matches = context.jdbc().sql("""
                        SELECT f.source_sheet, f.source_row, f.grant_reference, f.recipient_name,
                               COALESCE(d.name, o.directorate_id) AS other_directorate,
                               o.grant_reference AS other_reference, o.amount_awarded AS other_amount
                        FROM grant_fact f
                        JOIN v_grant_current o ON o.recipient_key = f.recipient_key AND o.purpose_key = f.purpose_key
                        LEFT JOIN directorate d ON d.directorate_id = o.directorate_id
                        WHERE f.load_batch_id = ? AND o.period = ? AND o.directorate_id <> ?
                        ORDER BY f.source_sheet, f.source_row, o.directorate_id, o.grant_reference""")
                .params(context.loadBatchId(), context.period().toString(), context.directorateId())
                .query((rs, n) -> new Match(rs.getString("source_sheet"), rs.getInt("source_row"),
                        rs.getString("grant_reference"), rs.getString("recipient_name"),
                        rs.getString("other_directorate"), rs.getString("other_reference"),
                        rs.getBigDecimal("other_amount")))
                .list();
        List<Finding> findings = new ArrayList<>();
        for (Match match : matches) {
            findings.add(new Finding(ID, Severity.WARNING, context.cell(match.sheet(), match.row(), "grant_reference"),
                    "grant_reference", match.reference(), "Grant " + match.reference() + " to " + match.recipient()
                    + " funds the same recipient for the same purpose as " + match.otherDirectorate() + "'s grant "
                    + match.otherReference() + (match.otherAmount() == null ? "" : " (" + Wording.money(match.otherAmount()) + ")")
                    + " this month. Check with " + match.otherDirectorate() + " that the work is not funded twice, "
                    + "and record the grants as one co-ordinated award or explain the difference."));
        }
        return findings;
    }
}
