package uk.gov.bestvalue.returns.returntypes.procurement;

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
 * The supplier dimension gains a load's suppliers chunk by chunk as its rows are written (chunks of 4 rows here,
 * so the sample's 12 contracts take three), each new key once, and a supplier already known keeps its row.
 */
@SpringBootTest(properties = "pipeline.chunk-size=4")
class SupplierDimensionIntegrationTests extends PipelineIntegrationTest {

    private static final String SAMPLE = "resources-procurement-2016-01.xlsx";
    private static final String KNOWN = "SELECT MIN(supplier_key) FROM contract_fact WHERE supplier_key LIKE 'ch:%'";

    @Test
    void eachSupplierOfTheLoadIsInTheDimensionOnceAndAKnownSupplierKeepsItsRow() throws IOException {
        // given a first load tells us the sample's supplier keys; they are removed from the dimension, but one,
        // which an earlier return named differently
        process();
        String known = jdbc.sql(KNOWN).query(String.class).single();
        jdbc.sql("DELETE FROM supplier WHERE supplier_key IN (SELECT supplier_key FROM contract_fact)").update();
        PipelineTestSupport.cleanWarehouse(jdbc);
        jdbc.sql("INSERT INTO supplier (supplier_key, supplier_name, company_number) VALUES (?, 'Named Earlier Ltd', NULL)")
                .param(known).update();

        // when the return is loaded in three chunks
        process();

        // then every supplier key of the load has exactly one row, the known one unchanged
        assertThat(count("SELECT COUNT(*) FROM contract_fact f WHERE f.supplier_key IS NOT NULL AND "
                + "(SELECT COUNT(*) FROM supplier s WHERE s.supplier_key = f.supplier_key) <> 1")).isZero();
        assertThat(jdbc.sql("SELECT supplier_name FROM supplier WHERE supplier_key = ?").param(known)
                .query(String.class).single()).isEqualTo("Named Earlier Ltd");
        // and the new ones carry the load's name and company number for their key
        List<Map<String, Object>> added = jdbc.sql("SELECT s.supplier_key, s.supplier_name, s.company_number FROM supplier s "
                + "WHERE s.supplier_key IN (SELECT supplier_key FROM contract_fact) AND s.supplier_key <> ? "
                + "ORDER BY s.supplier_key").param(known).query().listOfRows();
        List<Map<String, Object>> expected = jdbc.sql("SELECT supplier_key, MIN(supplier_name) AS supplier_name, "
                + "MIN(supplier_company_number) AS company_number FROM contract_fact WHERE supplier_key IS NOT NULL "
                + "AND supplier_key <> ? GROUP BY supplier_key ORDER BY supplier_key").param(known).query().listOfRows();
        assertThat(added).hasSizeGreaterThan(5).isEqualTo(expected);
    }

    @Test
    void aLoadLoadedAgainAddsNoSupplier() throws IOException {
        // given the return is loaded
        process();
        int suppliers = count("SELECT COUNT(*) FROM supplier");

        // when it is sent again (a resubmission superseding it)
        PipelineTestSupport.cleanWarehouse(jdbc);
        process();

        // then the dimension is as it was
        assertThat(count("SELECT COUNT(*) FROM supplier")).isEqualTo(suppliers);
    }

    private void process() throws IOException {
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(PipelineTestSupport.drop(SAMPLE, folders.inbox())));
        assertThat(outcomes).singleElement().satisfies(o -> assertThat(o.status()).startsWith("loaded"));
    }
}
