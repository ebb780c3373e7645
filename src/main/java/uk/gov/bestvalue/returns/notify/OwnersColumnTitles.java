package uk.gov.bestvalue.returns.notify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.warehouse.LoadBatch;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/**
 * The findings as the owner reads them in the checked workbook: each field named by its column's title in the
 * owner's own header row ("Contract Ref"), not by the warehouse's name for it ({@code register_reference}).
 */
final class OwnersColumnTitles {

    private OwnersColumnTitles() {
    }

    /** The findings with the header row's titles as fields; unchanged where a finding has no titled column. */
    static List<Finding> apply(LoadBatch batch, Path file, List<Finding> findings) {
        Map<Integer, String> titles = titles(batch, file);
        if (titles.isEmpty()) {
            return findings;
        }
        return findings.stream().map(f -> {
            String title = f.field() == null || f.cell() == null || !batch.sourceSheet().equals(f.cell().sheet())
                    ? null : titles.get(f.cell().column());
            return title == null ? f : new Finding(f.rule(), f.severity(), f.cell(), title, f.value(), f.message());
        }).toList();
    }

    /** The header row's titles by column; empty when the batch names no header row or the file cannot tell. */
    private static Map<Integer, String> titles(LoadBatch batch, Path file) {
        Map<Integer, String> titles = new HashMap<>();
        if (batch.sourceSheet() == null || batch.headerRow() == null) {
            return titles;
        }
        try (WorkbookFile workbook = Workbooks.open(file); RowCursor rows = workbook.openSheet(batch.sourceSheet())) {
            for (SheetRow row = rows.next(); row != null && row.rowNumber() <= batch.headerRow(); row = rows.next()) {
                if (row.rowNumber() == batch.headerRow()) {
                    for (int c = 0; c < row.width(); c++) {
                        CellValue cell = row.cell(c);
                        String text = cell == null || cell.text() == null ? "" : cell.text().strip().replaceAll("\\s+", " ");
                        if (!text.isEmpty()) {
                            titles.put(c, text);
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the titles are a courtesy: without them the sheet names the fields as the warehouse does
            titles.clear();
        }
        return titles;
    }
}
