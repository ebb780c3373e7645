package uk.gov.bestvalue.returns.returntypes.milestones;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;

/**
 * The programme office's December 2015 and January 2016 milestones returns loaded in turn on the real
 * database: M4 compares January with December at publish, and the KPIs per plan area are refreshed.
 */
@SpringBootTest
class MilestonesIntegrationTests extends PipelineIntegrationTest {

    private static final String DECEMBER = "corporate-milestones-2015-12.xlsx";
    private static final String JANUARY = "corporate-milestones-2016-01.xlsx";

    @BeforeEach
    void noKpisYet() {
        // milestone_kpi summarises periods, not loads, so the shared warehouse clean-up leaves it alone
        jdbc.sql("DELETE FROM milestone_kpi").update();
    }

    @Test
    void januaryKpisPerAreaAndOverall() throws IOException {
        // given December's return, then January's
        // when both are processed in that order
        poller.processNow(List.of(PipelineTestSupport.drop(DECEMBER, folders.inbox()),
                PipelineTestSupport.drop(JANUARY, folders.inbox())));

        // then January's KPIs count the listed milestones plus those completed earlier (seed 004's counts)
        List<String> kpis = jdbc.sql("""
                SELECT area, milestones_total, complete, on_target, ongoing, revised_date_proposed, overdue,
                       complete_or_on_track, share_complete_or_on_track, revised_awaiting_approval, delivery_status
                FROM milestone_kpi WHERE period = '2016-01' ORDER BY area""")
                .query((rs, n) -> String.join(" ", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getBigDecimal(9).toPlainString(), rs.getString(10), rs.getString(11)))
                .list();
        // area total complete on-target ongoing revised overdue complete-or-on-track share awaiting status
        assertThat(kpis).containsExactly(
                "Communications 30 24 1 1 4 1 25 0.8333 4 AMBER",
                "Grants 35 23 8 0 4 0 31 0.8857 4 AMBER",
                "Organisational Culture 41 36 2 2 1 1 39 0.9512 1 AMBER",
                "Overall 169 129 23 4 13 2 154 0.9112 13 AMBER",
                "Procurement 26 17 9 0 0 0 26 1.0000 0 GREEN",
                "Property 37 29 3 1 4 0 33 0.8919 4 AMBER");
        // and December's KPIs were refreshed when December was published
        assertThat(count("SELECT COUNT(*) FROM milestone_kpi WHERE period = '2015-12'")).isEqualTo(6);
        // and the plain view gives the same counts as the table
        assertThat(count("SELECT complete_or_on_track FROM v_milestone_kpi_current "
                + "WHERE period = '2016-01' AND area = 'Overall'")).isEqualTo(154);
    }

    @Test
    void m4FindsTheMilestonesWhosePercentageFellSinceDecember() throws IOException {
        // given December's return is current
        poller.processNow(List.of(PipelineTestSupport.drop(DECEMBER, folders.inbox())));
        assertThat(count("SELECT COUNT(*) FROM finding WHERE rule_id = 'M4'")).isZero();

        // when January's is published
        poller.processNow(List.of(PipelineTestSupport.drop(JANUARY, folders.inbox())));

        // then M4 points at the two milestones that went down, naming both figures
        List<String> m4 = jdbc.sql("SELECT f.cell_ref, f.cell_value, f.message FROM finding f "
                        + "JOIN load_batch b ON b.load_batch_id = f.load_batch_id "
                        + "WHERE f.rule_id = 'M4' AND b.file_name = ? ORDER BY f.cell_ref")
                .param(JANUARY)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " | " + rs.getString(3)).list();
        assertThat(m4).hasSize(2);
        assertThat(m4.get(0)).startsWith("'Organisational Culture'!G8 50% |")
                .contains("\"Evaluate and review\"", "50% complete, down from 60% in the 2015-12 return",
                        DECEMBER, "'Organisational Culture' row 8".replace("'", ""));
        assertThat(m4.get(1)).startsWith("Procurement!G6 50% |")
                .contains("New procurement training programme for elected members", "down from 60%");
    }
}
