package uk.gov.bestvalue.returns.spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Builds procurement contracts rows the way the reader hands them over: a header {@link SheetRow} with the
 * spec's usual titles (columns A to Y in spec order, on row 3 of sheet {@code Contracts}), then data rows
 * given as title → value maps. A contract starts from {@link #cleanContract()}, which breaks no rule, and
 * each case overrides only the cells it is about.
 *
 * <p>Values: a {@link String} is a text cell, a {@link Number} a number cell, a {@link LocalDate} a real date
 * cell, a {@link CellValue} is used as is, and null is a blank cell.
 */
public final class ProcurementSheetFixture {

    public static final String SHEET = "Contracts";
    public static final int HEADER_ROW = 3;
    public static final int FIRST_DATA_ROW = HEADER_ROW + 1;

    private static final JobDefinitions DEFINITIONS = new JobDefinitions(Path.of("jobs"));
    private static final ReturnSpec SPEC = ReturnCatalog.load(DEFINITIONS).byId("procurement-contracts")
            .orElseThrow(() -> new IllegalStateException("jobs/returns has no procurement-contracts spec"));

    private ProcurementSheetFixture() {
    }

    /** The real {@code jobs/} folder (tests run from the project root). */
    public static JobDefinitions definitions() {
        return DEFINITIONS;
    }

    /** The real procurement contracts spec. */
    public static ReturnSpec spec() {
        return SPEC;
    }

    /** The spec's usual column titles in spec order: Contract Reference (A) ... Category (Y). */
    public static List<String> titles() {
        return SPEC.fields().stream().map(FieldSpec::title).toList();
    }

    /** The header of a file laid out exactly like the spec. */
    public static HeaderMatch header() {
        return HeaderMatch.of(SPEC, headerRow(titles()));
    }

    /** A header row of these titles on {@link #HEADER_ROW} of {@link #SHEET}. */
    public static SheetRow headerRow(List<String> titles) {
        return new SheetRow(SHEET, HEADER_ROW, titles.stream().map(CellValue::text).toArray(CellValue[]::new));
    }

    /**
     * A contract that breaks no rule for period 2016-01: £30,000 let by open tender on the e-tendering portal
     * and the register, signed before it started on 01/04/2015, ending 31/03/2018.
     */
    public static Map<String, Object> cleanContract() {
        Map<String, Object> contract = new LinkedHashMap<>();
        contract.put("Contract Reference", "PL-001");
        contract.put("Title", "Street lighting maintenance");
        contract.put("Service", "Highways");
        contract.put("Supplier", "Acme Lighting Ltd");
        contract.put("Companies House Number", "01234567");
        contract.put("SME", "Y");
        contract.put("VCSE", "N");
        contract.put("Total Value", 30_000);
        contract.put("Annual Value", "£10,000.00");
        contract.put("Start Date", "01/04/2015");
        contract.put("End Date", "31/03/2018");
        contract.put("Review Date", null);
        contract.put("Procurement Route", "Open");
        contract.put("Waiver Reference", null);
        contract.put("Waiver Approval Reference", null);
        contract.put("E-tender Reference", "ET-2015-0042");
        contract.put("Contracts Register Reference", "CCR-00384");
        contract.put("Declaration of Interest", "Y");
        contract.put("LLW Applicable", "Y");
        contract.put("LLW Included", "Y");
        contract.put("Contract Signed", "Y");
        contract.put("Signed Date", "15/03/2015");
        contract.put("Supplier Briefing Held", "Y");
        contract.put("Contract Manager", "Helen Marsh");
        contract.put("Category", "Services");
        contract.put("Lot", null);
        return contract;
    }

    /** The clean contract with some cells changed: {@code contract("Total Value", 0, "SME", null)}. */
    public static Map<String, Object> contract(Object... titleValuePairs) {
        if (titleValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("Give title/value pairs");
        }
        Map<String, Object> contract = cleanContract();
        for (int i = 0; i < titleValuePairs.length; i += 2) {
            String title = (String) titleValuePairs[i];
            if (!contract.containsKey(title)) {
                throw new IllegalArgumentException("No column titled " + title);
            }
            contract.put(title, titleValuePairs[i + 1]);
        }
        return contract;
    }

    /** A data row of {@link #SHEET} laid out under {@link #titles()}. */
    public static SheetRow row(int rowNumber, Map<String, Object> values) {
        List<String> titles = titles();
        for (String title : values.keySet()) {
            if (!titles.contains(title)) {
                throw new IllegalArgumentException("No column titled " + title + "; the titles are " + titles);
            }
        }
        CellValue[] cells = new CellValue[titles.size()];
        for (int column = 0; column < cells.length; column++) {
            cells[column] = cell(values.get(titles.get(column)));
        }
        return new SheetRow(SHEET, rowNumber, cells);
    }

    /** A cell as a reader would produce it for this value. */
    public static CellValue cell(Object value) {
        if (value == null) {
            return CellValue.BLANK;
        }
        if (value instanceof CellValue cell) {
            return cell;
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
