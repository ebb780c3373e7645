package uk.gov.bestvalue.returns.returntypes.disposals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Builds property disposals rows the way the reader hands them over: a header with the spec's usual titles
 * (columns A to S in spec order, on row 1 of sheet {@code Disposals}), then data rows given as title → value
 * maps. A disposal starts from {@link #cleanDisposal()}, which breaks no rule, and each case overrides only the
 * cells it is about. Values: a String is a text cell, a Number a number cell,
 * a LocalDate a real date cell, null a blank cell.
 */
final class DisposalSheetFixture {

    static final String SHEET = "Disposals";
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;

    /** The real spec, read on its own so that another return's spec being edited cannot break these tests. */
    static final ReturnSpec SPEC = new JobDefinitions(Path.of("jobs"))
            .read("returns/property-disposals.yml", ReturnSpec.class);

    private DisposalSheetFixture() {
    }

    /** The spec's usual column titles in spec order: Disposal Reference (A) ... Community Benefit Rent Reduction (S). */
    static List<String> titles() {
        return SPEC.fields().stream().map(FieldSpec::title).toList();
    }

    /** The header of a file laid out exactly like the spec. */
    static HeaderMatch header() {
        return header(titles());
    }

    /** The header of a file with these titles. */
    static HeaderMatch header(List<String> titles) {
        return HeaderMatch.of(SPEC, new SheetRow(SHEET, HEADER_ROW,
                titles.stream().map(CellValue::text).toArray(CellValue[]::new)));
    }

    /**
     * A freehold sale that breaks no rule for period 2016-01: valued at £4,250,000 on 15/06/2015, sold for
     * £4,310,000 with consent given 22/10/2015, completed 18/12/2015 with the receipt banked.
     */
    static Map<String, Object> cleanDisposal() {
        Map<String, Object> disposal = new LinkedHashMap<>();
        disposal.put("Disposal Reference", "DSP-2015-004");
        disposal.put("UPRN", 6_094_123_456.0);
        disposal.put("Property Name", "Former Ailsa Street Depot");
        disposal.put("Address", "Ailsa Street, London");
        disposal.put("Postcode", "E14 0LL");
        disposal.put("Tenure Type", "Freehold");
        disposal.put("Disposal Type", "Freehold sale");
        disposal.put("Market Valuation", 4_250_000);
        disposal.put("Valuation Date", LocalDate.of(2015, 6, 15));
        disposal.put("Valuer", "Hartwell Chartered Surveyors");
        disposal.put("Consideration Agreed", 4_310_000);
        disposal.put("Prior Written Consent Reference", "CWC-2015-031");
        disposal.put("Consent Date", LocalDate.of(2015, 10, 22));
        disposal.put("Protocol Compliance Confirmed", "Y");
        disposal.put("Completion Date", LocalDate.of(2015, 12, 18));
        disposal.put("Capital Receipt", 4_310_000);
        disposal.put("Purchaser / Lessee", "Poplar Riverside Homes Ltd");
        disposal.put("Floor Area (m2)", 2_150);
        disposal.put("Community Benefit Rent Reduction", null);
        return disposal;
    }

    /** The clean disposal with some cells changed: {@code disposal("Capital Receipt", null)}. */
    static Map<String, Object> disposal(Object... titleValuePairs) {
        Map<String, Object> disposal = cleanDisposal();
        for (int i = 0; i < titleValuePairs.length; i += 2) {
            String title = (String) titleValuePairs[i];
            if (!disposal.containsKey(title)) {
                throw new IllegalArgumentException("No column titled " + title);
            }
            disposal.put(title, titleValuePairs[i + 1]);
        }
        return disposal;
    }

    /** A data row of {@link #SHEET} laid out under {@link #titles()}. */
    static SheetRow row(int rowNumber, Map<String, Object> values) {
        List<String> titles = titles();
        CellValue[] cells = new CellValue[titles.size()];
        for (int column = 0; column < cells.length; column++) {
            cells[column] = cell(values.get(titles.get(column)));
        }
        return new SheetRow(SHEET, rowNumber, cells);
    }

    /** A cell as a reader would produce it for this value. */
    static CellValue cell(Object value) {
        if (value == null) {
            return CellValue.BLANK;
        }
        if (value instanceof String text) {
            return CellValue.text(text);
        }
        if (value instanceof Number number) {
            return CellValue.number(number.doubleValue(), null);
        }
        if (value instanceof LocalDate date) {
            return CellValue.date(date.atStartOfDay(), DateUtil.getExcelDate(date.atStartOfDay()));
        }
        throw new IllegalArgumentException("No cell for " + value.getClass());
    }
}
