package uk.gov.bestvalue.returns.spec;

import java.util.ArrayList;
import java.util.List;

import uk.gov.bestvalue.returns.keys.ColumnTitles;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * A row's cells read as column titles, once for every return it is tried against: each title as written, as a key
 * ({@link ColumnTitles#normalise}) and as its words ({@link TitleWords#of}).
 *
 * @param titles every cell's title, stripped ("" when blank), in column order
 * @param keys   each title as a key, compared with the spec's aliases and pinned titles
 * @param words  each title's words, compared with the fields' aliases' words
 */
public record HeaderTitles(List<String> titles, List<String> keys, List<List<String>> words) {

    public HeaderTitles {
        titles = List.copyOf(titles);
        keys = List.copyOf(keys);
        words = List.copyOf(words);
    }

    /** A row's cells as titles. */
    public static HeaderTitles of(SheetRow row) {
        List<String> titles = new ArrayList<>(row.width());
        List<String> keys = new ArrayList<>(row.width());
        List<List<String>> words = new ArrayList<>(row.width());
        for (int column = 0; column < row.width(); column++) {
            CellValue cell = row.cell(column);
            String title = cell.isBlank() ? "" : cell.text().strip();
            titles.add(title);
            keys.add(ColumnTitles.normalise(title));
            words.add(TitleWords.of(title));
        }
        return new HeaderTitles(titles, keys, words);
    }
}
