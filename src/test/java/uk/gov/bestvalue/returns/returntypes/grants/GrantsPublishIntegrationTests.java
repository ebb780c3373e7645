package uk.gov.bestvalue.returns.returntypes.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/**
 * What the grants return does when a load is published, on the real database: G7 compares it with the other
 * directorates' current grants returns, and the recipient dimension gains the recipients it names.
 */
@SpringBootTest
class GrantsPublishIntegrationTests extends PipelineIntegrationTest {

    private static final String ADULTS = "adults-grants-2016-01.xlsx";
    private static final String CHILDRENS = "childrens-grants-2016-01.xlsx";

    @Test
    void g7FlagsTheReturnPublishedSecondNamingTheOtherDirectoratesGrant() throws IOException {
        // given the Adults' return is current, funding Tower Carers Centre's young carers support service
        process(ADULTS);
        assertThat(g7Cells()).isEmpty();

        // when Children's Services send theirs, funding the same charity for the same purpose
        process(CHILDRENS);

        // then the Children's grant is flagged, naming the Adults' directorate and grant
        List<Map<String, Object>> g7 = jdbc.sql("SELECT f.cell_ref, f.severity, f.field_name, f.cell_value, f.message "
                + "FROM finding f JOIN load_batch b ON b.load_batch_id = f.load_batch_id "
                + "WHERE f.rule_id = 'G7' AND b.file_name = ?").param(CHILDRENS).query().listOfRows();
        assertThat(g7).hasSize(1);
        assertThat(g7.get(0)).containsEntry("cell_ref", "Grants!A12").containsEntry("severity", "warning")
                .containsEntry("field_name", "grant_reference").containsEntry("cell_value", "CSF-MGP-023");
        assertThat((String) g7.get(0).get("message")).contains("CSF-MGP-023", "Tower Carers Centre",
                "Adults' Services", "ASC-GR-15-002", "£48,000");
        // and it counts towards the file's warnings and rows with findings
        assertThat(count("SELECT warnings FROM load_batch WHERE file_name = '" + CHILDRENS + "'")).isEqualTo(2);
        assertThat(count("SELECT rows_with_findings FROM load_batch WHERE file_name = '" + CHILDRENS + "'")).isEqualTo(10);
    }

    @Test
    void theOrderOfSendingDecidesWhichReturnCarriesG7() throws IOException {
        // given Children's first this time
        process(CHILDRENS);

        // when
        process(ADULTS);

        // then only the Adults' return, published second, is flagged, at its own grant's reference cell
        assertThat(g7Cells()).containsExactly(ADULTS + " 'VCS grants 2015-16'!A8");
    }

    @Test
    void theRecipientDimensionHoldsEachRecipientOnceByItsKey() throws IOException {
        // when both returns are published (they share one recipient, by charity number written two ways)
        process(ADULTS);
        process(CHILDRENS);

        // then
        assertThat(count("SELECT COUNT(*) FROM recipient WHERE recipient_key = 'chc:1091233'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM recipient WHERE recipient_key = 'coh:08814402'")).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM recipient WHERE recipient_key = "
                + "'name:weavers fields under 11s football club'")).isEqualTo(1);
        // (the dimension outlives snapshots, so earlier tests may have added recipients of their own)
        assertThat(count("SELECT COUNT(DISTINCT recipient_key) FROM grant_fact")).isEqualTo(6 + 12 - 1);
        assertThat(count("SELECT COUNT(*) FROM grant_fact f WHERE NOT EXISTS "
                + "(SELECT 1 FROM recipient r WHERE r.recipient_key = f.recipient_key)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM v_grant_current")).isEqualTo(18);
    }

    private void process(String sample) throws IOException {
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(PipelineTestSupport.drop(sample, folders.inbox())));
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).startsWith("loaded"));
    }

    private List<String> g7Cells() {
        return jdbc.sql("SELECT b.file_name, f.cell_ref FROM finding f JOIN load_batch b ON b.load_batch_id = f.load_batch_id "
                        + "WHERE f.rule_id = 'G7' ORDER BY f.finding_id")
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).list();
    }
}
