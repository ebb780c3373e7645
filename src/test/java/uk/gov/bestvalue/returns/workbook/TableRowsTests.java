package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableRowsTests {

    private static final int HEADER_ROW = 3;
    private static final int HEADER_WIDTH = 6;

    /** Rows 1-2 are notes above the header; row 3 is the header; data follows. */
    private final List<SheetRow> rows = new ArrayList<>(List.of(
            textRow(1, "Procurement return for April"),
            blankRow(2),
            textRow(3, "Supplier", "Reference", "Amount", "Start", "Category", "Notes")));

    @Test
    void returnsDataRowsBelowTheHeaderSkippingBlankRows() throws IOException {
        // given
        rows.add(data(4, "Acme Ltd", 25000));
        rows.add(blankRow(5));
        rows.add(textRow(6, " ", "\u00A0"));
        rows.add(data(7, "Brick Co", 1200));

        // when
        List<Integer> read = readAll(tableRows());

        // then
        assertThat(read).containsExactly(4, 7);
    }

    @Test
    void aRowFilledOnlyRightOfTheHeadersColumnsIsBlank() throws IOException {
        // given rows as Salford's spend files end: a formula's #N/A in a column beyond the last title, nothing else
        rows.add(data(4, "Acme Ltd", 25000));
        CellValue[] beyond = new CellValue[HEADER_WIDTH + 10];
        beyond[HEADER_WIDTH + 9] = CellValue.error("#N/A");
        rows.add(row(5, beyond));
        rows.add(row(6, beyond.clone()));
        rows.add(data(7, "Brick Co", 1200));
        rows.add(row(8, beyond.clone()));

        // when
        List<Integer> read = readAll(tableRows());

        // then
        assertThat(read).containsExactly(4, 7);
    }

    @Test
    void dropsTrailingTotalsRowsAndCountsThem() throws IOException {
        // given
        rows.add(data(4, "Acme Ltd", 25000));
        rows.add(data(5, "Brick Co", 1200));
        rows.add(blankRow(6));
        rows.add(row(7, CellValue.BLANK, CellValue.text("Grand total"), CellValue.number(26200, "26200")));
        rows.add(row(8, CellValue.text("VAT"), CellValue.text("£5,240.00")));
        TableRows table = tableRows();

        // when
        List<Integer> read = readAll(table);

        // then
        assertThat(read).containsExactly(4, 5);
        assertThat(table.skippedTotalsRows()).isEqualTo(2);
    }

    @Test
    void dropsATotalsRowFollowedByNotesBelowTheTable() throws IOException {
        // given a table ending in a blank row, a totals row (its label padded with daggers), then the notes
        rows.add(data(4, "Acme Ltd", 25000));
        rows.add(blankRow(5));
        rows.add(row(6, CellValue.text("Total"), CellValue.text("\u2020\u2020\u2020"), CellValue.number(25000, "25000")));
        rows.add(textRow(7, "Notes: values exclude VAT."));
        rows.add(textRow(8, "Source: finance system", "March 2016"));
        TableRows table = tableRows();

        // when
        List<Integer> read = readAll(table);

        // then
        assertThat(read).containsExactly(4);
        assertThat(table.skippedTotalsRows()).isEqualTo(3);
    }

    @Test
    void keepsASupplierWhoseNameContainsTotal() throws IOException {
        // given
        rows.add(data(4, "Acme Ltd", 25000));
        rows.add(data(5, "TOTAL INSIGNIA LTD", 990));
        TableRows table = tableRows();

        // when
        List<Integer> read = readAll(table);

        // then
        assertThat(read).containsExactly(4, 5);
        assertThat(table.skippedTotalsRows()).isZero();
    }

    @Test
    void keepsAMidTableSubTotalAsData() throws IOException {
        // given
        rows.add(data(4, "Acme Ltd", 25000));
        rows.add(row(5, CellValue.text("Sub-total"), CellValue.BLANK, CellValue.number(25000, "25000")));
        rows.add(data(6, "Brick Co", 1200));
        TableRows table = tableRows();

        // when
        List<Integer> read = readAll(table);

        // then
        assertThat(read).containsExactly(4, 5, 6);
        assertThat(table.skippedTotalsRows()).isZero();
    }

    @Test
    void aRowWithADateOrTwoWordsIsNotATotal() throws IOException {
        // given
        rows.add(data(4, "Acme Ltd", 25000));
        rows.add(row(5, CellValue.date(LocalDateTime.of(2016, 4, 1, 0, 0), 42461), CellValue.number(5, "5")));
        rows.add(row(6, CellValue.text("Brick Co"), CellValue.text("Notes"), CellValue.number(5, "5")));
        TableRows table = tableRows();

        // when / then
        assertThat(readAll(table)).containsExactly(4, 5, 6);
        assertThat(table.skippedTotalsRows()).isZero();
    }

    @Test
    void emitsHeldRowsAsDataOnceTooManyPileUp() throws IOException {
        // given
        for (int i = 0; i < 60; i++) {
            rows.add(row(4 + i, CellValue.number(i, Integer.toString(i))));
        }
        TableRows table = tableRows();

        // when
        List<Integer> read = readAll(table);

        // then
        assertThat(read).hasSize(51).startsWith(4, 5);
        assertThat(table.skippedTotalsRows()).isEqualTo(9);
    }

    @Test
    void anEmptyTableHasNoRows() throws IOException {
        assertThat(readAll(tableRows())).isEmpty();
    }

    private TableRows tableRows() {
        Iterator<SheetRow> iterator = rows.iterator();
        RowCursor cursor = new RowCursor() {
            @Override
            public SheetRow next() {
                return iterator.hasNext() ? iterator.next() : null;
            }

            @Override
            public void close() {
            }
        };
        return new TableRows(cursor, HEADER_ROW, HEADER_WIDTH);
    }

    private static List<Integer> readAll(TableRows table) throws IOException {
        List<Integer> numbers = new ArrayList<>();
        try (table) {
            for (SheetRow row = table.next(); row != null; row = table.next()) {
                numbers.add(row.rowNumber());
            }
            assertThat(table.next()).isNull();
        }
        return numbers;
    }

    private static SheetRow data(int number, String supplier, double amount) {
        return row(number, CellValue.text(supplier), CellValue.text("REF-" + number),
                CellValue.number(amount, null), CellValue.date(LocalDateTime.of(2016, 4, 1, 0, 0), 42461),
                CellValue.text("Works"));
    }

    private static SheetRow blankRow(int number) {
        return new SheetRow("Contracts", number, new CellValue[0]);
    }

    private static SheetRow textRow(int number, String... texts) {
        CellValue[] cells = new CellValue[texts.length];
        for (int i = 0; i < texts.length; i++) {
            cells[i] = CellValue.text(texts[i]);
        }
        return new SheetRow("Contracts", number, cells);
    }

    private static SheetRow row(int number, CellValue... cells) {
        return new SheetRow("Contracts", number, cells);
    }
}
