package uk.gov.bestvalue.returns.returntypes.grants;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.DateUtil;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.FieldSpec;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ReturnSpec;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Builds grant agreements rows the way the reader hands them over: a header with the spec's usual titles
 * (columns A to X in spec order, on row 3 of sheet {@code Grants}), then data rows given as title → value
 * maps. A grant starts from {@link #cleanGrant()}, which breaks no rule in January 2016.
 *
 * <p>Values: a String is a text cell, a Number a number cell, a LocalDate a real date cell, null a blank cell.
 */
final class GrantSheetFixture {

    static final String SHEET = "Grants";
    static final int HEADER_ROW = 3;
    static final int FIRST_DATA_ROW = HEADER_ROW + 1;

    private static final JobDefinitions DEFINITIONS = new JobDefinitions(Path.of("jobs"));
    private static final ReturnSpec SPEC = DEFINITIONS.read("returns/grant-agreements.yml", ReturnSpec.class);

    private GrantSheetFixture() {
    }

    /** The real {@code jobs/rules.yml}. */
    static RuleSettings settings() {
        return RuleSettings.load(DEFINITIONS);
    }

    static ReturnSpec spec() {
        return SPEC;
    }

    /** The spec's usual titles in spec order: Grant Reference (A) ... Currency (X). */
    static List<String> titles() {
        return SPEC.fields().stream().map(FieldSpec::title).toList();
    }

    /** The header of a file laid out exactly like the spec. */
    static HeaderMatch header() {
        return header(titles());
    }

    /** The header of a file with these titles. */
    static HeaderMatch header(List<String> titles) {
        return HeaderMatch.of(SPEC, headerRow(titles));
    }

    static SheetRow headerRow(List<String> titles) {
        return new SheetRow(SHEET, HEADER_ROW, titles.stream().map(CellValue::text).toArray(CellValue[]::new));
    }

    /**
     * A grant that breaks no rule for 2016-01: a Mainstream Grants Programme award decided by Cabinet the day
     * before, signed before its first payment, live from 01/04/2015 and visited in November 2015.
     */
    static Map<String, Object> cleanGrant() {
        Map<String, Object> grant = new LinkedHashMap<>();
        grant.put("Grant Reference", "MGP-001");
        grant.put("Title", "Welfare benefits and debt advice");
        grant.put("Grant Programme", "Mainstream Grants Programme 2015-18");
        grant.put("Theme", "Financial inclusion");
        grant.put("Recipient Name", "Bow Community Advice Centre");
        grant.put("Charity Number", "1087412");
        grant.put("Company Number", "4177235");
        grant.put("Recipient Org:Identifier", null);
        grant.put("Amount Awarded", 135_000);
        grant.put("Award Date", "05/03/2015");
        grant.put("Decision Reference", "CAB/2015/031");
        grant.put("Decision Date", "04/03/2015");
        grant.put("Agreement Signed", "Y");
        grant.put("Agreement Signed Date", "20/03/2015");
        grant.put("Planned Start", "01/04/2015");
        grant.put("Planned End", "31/03/2018");
        grant.put("Outputs Specified", "Y");
        grant.put("Specification Type", "Mainstream service delivery");
        grant.put("Payments to Date", "£33,750.00");
        grant.put("First Payment Date", "10/04/2015");
        grant.put("Last Monitoring Visit", "14/11/2015");
        grant.put("Evaluation Commissioned", "N");
        grant.put("Beneficiary Ward", "Bow East");
        grant.put("Currency", "GBP");
        grant.put("Planned Dates:Duration (months)", null);
        return grant;
    }

    /** The clean grant with some cells changed: {@code grant("Payments to Date", 0, "Agreement Signed", "N")}. */
    static Map<String, Object> grant(Object... titleValuePairs) {
        Map<String, Object> grant = cleanGrant();
        for (int i = 0; i < titleValuePairs.length; i += 2) {
            String title = (String) titleValuePairs[i];
            if (!grant.containsKey(title)) {
                throw new IllegalArgumentException("No column titled " + title);
            }
            grant.put(title, titleValuePairs[i + 1]);
        }
        return grant;
    }

    /** A data row laid out under {@link #titles()}. */
    static SheetRow row(int rowNumber, Map<String, Object> values) {
        return row(rowNumber, titles(), values);
    }

    /** A data row laid out under the given titles (values for titles not in the map are blank). */
    static SheetRow row(int rowNumber, List<String> titles, Map<String, Object> values) {
        CellValue[] cells = new CellValue[titles.size()];
        for (int column = 0; column < cells.length; column++) {
            cells[column] = cell(values.get(titles.get(column)));
        }
        return new SheetRow(SHEET, rowNumber, cells);
    }

    private static CellValue cell(Object value) {
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
