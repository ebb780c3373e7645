package uk.gov.bestvalue.returns.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/** A candidate header row read as titles once, for every return it is tried against. */
class HeaderTitlesTests {

    private static final SheetRow HEADER = new SheetRow("Contracts", 3, new CellValue[] {
        CellValue.text("  Contract Ref No. "), CellValue.BLANK, CellValue.text("\uFEFFSupplierName"),
        CellValue.number(2016, null)});

    @Test
    void readsEachCellAsItsTitleKeyAndWords() {
        // when
        HeaderTitles titles = HeaderTitles.of(HEADER);

        // then
        assertThat(titles.titles()).containsExactly("Contract Ref No.", "", "\uFEFFSupplierName", "2016");
        assertThat(titles.words()).containsExactly(List.of("contract", "reference", "number"), List.of(),
                List.of("supplier", "name"), List.of("2016"));
        assertThat(titles.keys()).hasSize(4).element(1).isEqualTo("");
    }

    @Test
    void aRowMapsTheSameWithItsTitlesReadOnceAsReadForEachReturn() {
        // given every packaged return, and the row's titles read once
        HeaderTitles titles = HeaderTitles.of(HEADER);

        for (ReturnSpec spec : ReturnCatalog.load(new JobDefinitions(Path.of("jobs"))).specs()) {
            // when
            HeaderMatch once = HeaderMatch.of(spec, HEADER, titles, List.of());
            HeaderMatch each = HeaderMatch.of(spec, HEADER, List.of());

            // then
            assertThat(once.mappings()).as(spec.id()).isEqualTo(each.mappings());
            assertThat(once.columns()).as(spec.id()).isEqualTo(each.columns());
        }
    }
}
