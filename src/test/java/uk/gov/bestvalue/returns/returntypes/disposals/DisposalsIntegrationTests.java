package uk.gov.bestvalue.returns.returntypes.disposals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.PipelineTestSupport;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;

/**
 * The disposals samples through the whole pipeline on the real database: the facts with their UPRNs as text,
 * the asset dimension filled at publish, and the current view.
 */
@SpringBootTest
class DisposalsIntegrationTests extends PipelineIntegrationTest {

    private static final String PLACE = "place-disposals-2016-01.xlsx";
    private static final String CHILDRENS = "childrens-disposals-2016-01.xls";

    @Test
    void disposalsAreLoadedWithTheirUprnsAsTextAndTheirAssetsInTheDimension() throws IOException {
        // given the clean Place return and the messy Children's one
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(
                PipelineTestSupport.drop(PLACE, folders.inbox()), PipelineTestSupport.drop(CHILDRENS, folders.inbox())));

        // then both are current disposals returns
        assertThat(outcomes).extracting(SubmissionOutcome::returnType).containsOnly("property-disposals");
        assertThat(count("SELECT COUNT(*) FROM v_disposal_current")).isEqualTo(11);
        // UPRNs from number cells (xlsx and xls) and text cells alike are digits, without ".0" or an exponent
        assertThat(jdbc.sql("SELECT uprn FROM disposal_fact ORDER BY disposal_reference").query(String.class).list())
                .contains("6094123456", "100023336956", "6094502231", "6094510078", "CSF-AST-117")
                .allMatch(uprn -> uprn.matches("\\d{10,12}") || uprn.equals("CSF-AST-117"));
        // the asset dimension has a row for every asset named (other tests may have added others before)
        assertThat(count("SELECT COUNT(*) FROM disposal_fact f WHERE NOT EXISTS "
                + "(SELECT 1 FROM asset a WHERE a.asset_key = f.asset_key)")).isZero();
        assertThat(count("SELECT COUNT(DISTINCT asset_key) FROM disposal_fact")).isEqualTo(11);
        assertThat(jdbc.sql("SELECT property_name FROM asset WHERE asset_key = '100023336956'").query(String.class).single())
                .isEqualTo("Unit 3, Cotall Street");
        assertThat(jdbc.sql("SELECT uprn FROM asset WHERE asset_key = 'name:former youth club chicksand street|e15ld'")
                .query(String.class).single()).isEqualTo("CSF-AST-117");
        // amounts typed as "£2,350,000" are money, dates typed as "9 Oct 2015" are dates
        assertThat(jdbc.sql("SELECT consideration FROM v_disposal_current WHERE disposal_reference = 'CSF-DSP-15-012'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("2350000");
        assertThat(jdbc.sql("SELECT directorate_id FROM v_disposal_current WHERE consent_date = DATE '2015-10-09'")
                .query(String.class).single()).isEqualTo("childrens");
        // the Transparency Code titles and the other aliases of the Children's layout found their fields
        assertThat(jdbc.sql("SELECT address, postcode, tenure_type, floor_area_m2, protocol_compliance, valuer "
                        + "FROM disposal_fact WHERE disposal_reference = 'CSF-DSP-15-006'")
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4).stripTrailingZeros().toPlainString(), rs.getBoolean(5), rs.getString(6)))
                .single()).containsExactly("Stepney Green", "E1 3LA", "Freehold", "1480", true, "District Valuer Services");
        assertThat(jdbc.sql("SELECT community_benefit_reduction FROM disposal_fact WHERE disposal_reference = 'CSF-DSP-15-008'")
                .query(BigDecimal.class).single()).isEqualByComparingTo("11700");
    }

    @Test
    void aResubmissionNamingTheSameAssetsReplacesTheSnapshotAndReusesTheAssets() throws IOException {
        // given the Place return loaded
        poller.processNow(List.of(PipelineTestSupport.drop(PLACE, folders.inbox())));
        int assets = count("SELECT COUNT(*) FROM asset");

        // when a corrected version arrives for the same month: the same assets, one reference changed
        Path corrected = folders.inbox().resolve("place-disposals-2016-01-v2.xlsx");
        // read from a stream: POI opened on a File writes its changes back into the sample when closed
        try (InputStream sample = Files.newInputStream(PipelineTestSupport.SAMPLES.resolve(PLACE));
             XSSFWorkbook workbook = new XSSFWorkbook(sample);
             OutputStream out = Files.newOutputStream(corrected)) {
            workbook.getSheet("Disposals").getRow(1).getCell(0).setCellValue("PL-DSP-15-004A");
            workbook.write(out);
        }
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(corrected));

        // then the new snapshot is the current one, and no asset was added
        assertThat(outcomes).singleElement().extracting(SubmissionOutcome::status).isEqualTo("loaded");
        assertThat(jdbc.sql("SELECT disposal_reference FROM v_disposal_current WHERE source_row = 2")
                .query(String.class).single()).isEqualTo("PL-DSP-15-004A");
        assertThat(count("SELECT COUNT(*) FROM v_disposal_current")).isEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM asset")).isEqualTo(assets);
    }
}
