package uk.gov.bestvalue.returns.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.report.Table.RowSources;
import uk.gov.bestvalue.returns.report.dashboard.SourceRef;

/** How the pack writes the rows behind a dashboard figure. */
class DashboardTablesTests {

    @Test
    void rowsAreListedPerFileAndSheetWithRunsAsRanges() {
        // given rows of a CSV ledger, out of order, and two of a workbook's sheet
        List<SourceRef> refs = new ArrayList<>();
        for (int row : new int[] {9, 2, 3, 4, 12, 5, 14}) {
            refs.add(new SourceRef(10, "finance-spend-2016-01.csv", "finance-spend-2016-01", row));
        }
        refs.add(new SourceRef(2, "adults-procurement-2016-01.xls", "Contracts", 7));

        // when
        RowSources sources = DashboardTables.sources(refs);

        // then each place once, its rows in order, consecutive ones as a range; a CSV's sheet is not repeated
        assertThat(sources.count()).isEqualTo(8);
        assertThat(sources.places()).containsExactly("finance-spend-2016-01.csv (load batch 10): rows 2-5, 9, 12, 14",
                "adults-procurement-2016-01.xls (load batch 2), Contracts: row 7");
    }

    @Test
    void aLongListSaysHowManyMoreRowsItLeavesOut() {
        // given every other row from 2 to 200: 100 runs of one row
        List<SourceRef> refs = new ArrayList<>();
        for (int row = 2; row <= 200; row += 2) {
            refs.add(new SourceRef(1, "big.csv", "big", row));
        }

        // when
        String place = DashboardTables.sources(refs).places().get(0);

        // then the first runs are written and the 60 others counted
        assertThat(place).startsWith("big.csv (load batch 1): rows 2, 4, 6").endsWith(", 80 and 60 more");
    }
}
