package uk.gov.bestvalue.returns.returntypes.grants;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Grants headers are taken for grants returns and no other return's usual header for one, among every spec
 * in {@code jobs/returns} (recognition prefers a complete match with the most columns).
 */
class GrantsRecognitionTests {

    private final ReturnCatalog catalog = ReturnCatalog.load(new JobDefinitions(Path.of("jobs")));

    @Test
    void a360GivingExportIsAGrantsReturn() {
        assertThat(recognised(List.of("Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date",
                "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number",
                "Recipient Org:Company Number", "Funding Org:Identifier", "Funding Org:Name", "Grant Programme:Title",
                "Planned Dates:Start Date", "Planned Dates:End Date", "Beneficiary Location:Name", "Last modified")))
                .contains("grant-agreements");
    }

    @Test
    void aTransparencyCodeGrantsListIsAGrantsReturn() {
        assertThat(recognised(List.of("Reference", "Beneficiary", "Charity Number", "Company Number", "Purpose",
                "Amount", "Date Awarded", "Ward"))).contains("grant-agreements");
    }

    @Test
    void theGrantsTemplateIsAGrantsReturn() {
        assertThat(recognised(spec("grant-agreements").fields().stream().map(FieldSpec::title).toList()))
                .contains("grant-agreements");
    }

    @Test
    void noOtherReturnsTemplateIsTakenForAGrantsReturn() {
        for (ReturnSpec other : catalog.specs()) {
            if (!other.id().equals("grant-agreements")) {
                HeaderMatch asGrants = HeaderMatch.of(spec("grant-agreements"),
                        header(other.fields().stream().map(FieldSpec::title).toList()));
                assertThat(asGrants.isComplete()).as(other.id() + "'s template as a grants return").isFalse();
            }
        }
    }

    private Optional<String> recognised(List<String> titles) {
        SheetRow row = header(titles);
        return catalog.specs().stream().map(spec -> HeaderMatch.of(spec, row)).filter(HeaderMatch::isComplete)
                .max(Comparator.comparingInt(HeaderMatch::matchedCount)).map(m -> m.spec().id());
    }

    private ReturnSpec spec(String id) {
        return catalog.byId(id).orElseThrow();
    }

    private static SheetRow header(List<String> titles) {
        return new SheetRow("Sheet1", 1, titles.stream().map(CellValue::text).toArray(CellValue[]::new));
    }
}
