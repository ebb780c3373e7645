package uk.gov.bestvalue.returns.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static uk.gov.bestvalue.returns.spec.ProcurementSheetFixture.FIRST_DATA_ROW;
import static uk.gov.bestvalue.returns.spec.ProcurementSheetFixture.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.ProcurementSheetFixture;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Typing a sheet row by the procurement spec: blank required cells, unreadable cells and Excel errors become
 * findings on the exact cell; only a row with every required value is loadable.
 */
class FieldChecksTests {

    private final HeaderMatch header = ProcurementSheetFixture.header();

    static Stream<Arguments> blankRequiredCells() {
        return Stream.of(
                arguments("Contract Reference", null, "Contracts!A4", "contract_reference"),
                arguments("Title", "   ", "Contracts!B4", "title"),
                arguments("Supplier", "\u00A0", "Contracts!D4", "supplier_name"),
                arguments("Total Value", null, "Contracts!H4", "total_value"),
                arguments("Start Date", null, "Contracts!J4", "start_date"),
                arguments("End Date", "", "Contracts!K4", "end_date"),
                arguments("Procurement Route", null, "Contracts!M4", "procurement_route"));
    }

    @ParameterizedTest(name = "{0} left as [{1}]")
    @MethodSource("blankRequiredCells")
    void aBlankRequiredCellIsRequiredAndTheRowIsNotLoadable(String title, String blank, String cell, String field) {
        // given
        SheetRow row = ProcurementSheetFixture.row(FIRST_DATA_ROW, contract(title, blank));

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(header, row);

        // then
        assertThat(mapped.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(FieldChecks.REQUIRED);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.cell()).hasToString(cell);
            assertThat(finding.field()).isEqualTo(field);
            assertThat(finding.value()).isNull();
            assertThat(finding.message()).isEqualTo(title + " is blank. Every contract needs one: fill it in.");
        });
        assertThat(mapped.loadable()).isFalse();
    }

    @Test
    void aBlankOptionalCellIsNoFinding() {
        // given
        SheetRow row = ProcurementSheetFixture.row(FIRST_DATA_ROW,
                contract("Review Date", null, "Annual Value", null, "SME", " ", "Contract Manager", null));

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(header, row);

        // then
        assertThat(mapped.findings()).isEmpty();
        assertThat(mapped.loadable()).isTrue();
        assertThat(mapped.row().date("review_date")).isNull();
        assertThat(mapped.row().flag("sme")).isNull();
    }

    static Stream<Arguments> unreadableCells() {
        return Stream.of(
                // money
                arguments("Total Value", "twenty grand", "Contracts!H4", false,
                        "Total Value: 'twenty grand' is not an amount of money."),
                arguments("Annual Value", "TBC", "Contracts!I4", true,
                        "Annual Value: 'TBC' is not an amount of money."),
                // dates
                arguments("Start Date", "31/02/2016", "Contracts!J4", false,
                        "Start Date: '31/02/2016' is not a date (use dd/mm/yyyy)."),
                arguments("End Date", "next year", "Contracts!K4", false,
                        "End Date: 'next year' is not a date (use dd/mm/yyyy)."),
                arguments("Review Date", "ongoing", "Contracts!L4", true,
                        "Review Date: 'ongoing' is not a date (use dd/mm/yyyy)."),
                // flags
                arguments("SME", "Maybe", "Contracts!F4", true, "SME: 'Maybe' is not yes or no (use Y or N)."),
                arguments("Contract Signed", "2", "Contracts!U4", true,
                        "Contract Signed: '2' is not yes or no (use Y or N)."));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("unreadableCells")
    void anUnreadableCellIsFormatNamingTheColumnAndIsLoadableOnlyWhenOptional(String title, String value,
            String cell, boolean loadable, String message) {
        // given
        SheetRow row = ProcurementSheetFixture.row(FIRST_DATA_ROW, contract(title, value));

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(header, row);

        // then
        assertThat(mapped.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(FieldChecks.FORMAT);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.cell()).hasToString(cell);
            assertThat(finding.value()).isEqualTo(value);
            assertThat(finding.message()).isEqualTo(message).startsWith(title + ": ");
        });
        assertThat(mapped.loadable()).isEqualTo(loadable);
    }

    @Test
    void anUnreadableCellLeavesItsValueNull() {
        // given
        SheetRow row = ProcurementSheetFixture.row(FIRST_DATA_ROW, contract("Annual Value", "TBC"));

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(header, row);

        // then
        assertThat(mapped.row().money("annual_value")).isNull();
        assertThat(mapped.row().raw("annual_value")).isEqualTo("TBC");
    }

    static Stream<Arguments> excelErrors() {
        return Stream.of(
                arguments("Total Value", "#REF!", "Contracts!H4", false),
                arguments("Start Date", "#VALUE!", "Contracts!J4", false),
                arguments("Contract Reference", "#N/A", "Contracts!A4", false),
                arguments("Annual Value", "#REF!", "Contracts!I4", true),
                arguments("LLW Included", "#DIV/0!", "Contracts!T4", true));
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("excelErrors")
    void anExcelErrorCellIsFormat(String title, String code, String cell, boolean loadable) {
        // given a formula cell whose cached value is an Excel error
        SheetRow row = ProcurementSheetFixture.row(FIRST_DATA_ROW, contract(title, CellValue.error(code)));

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(header, row);

        // then
        assertThat(mapped.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo(FieldChecks.FORMAT);
            assertThat(finding.cell()).hasToString(cell);
            assertThat(finding.value()).isEqualTo(code);
            assertThat(finding.message()).startsWith(title + ": ").contains(code, "Excel error");
        });
        assertThat(mapped.loadable()).isEqualTo(loadable);
    }

    @Test
    void typesTheMessyValuesCouncilsSend() {
        // given
        SheetRow row = ProcurementSheetFixture.row(FIRST_DATA_ROW, contract(
                "Contract Reference", "  PL-001  ", "Total Value", "£25,000.00", "Annual Value", "25k",
                "Start Date", "2015-04-01", "End Date", LocalDate.of(2018, 3, 31), "Signed Date", 42078,
                "SME", "Yes", "VCSE", "false", "Contract Signed", CellValue.bool(true)));

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(header, row);

        // then
        ReturnRow typed = mapped.row();
        assertThat(mapped.findings()).isEmpty();
        assertThat(typed.rowNumber()).isEqualTo(FIRST_DATA_ROW);
        assertThat(typed.sheet()).isEqualTo("Contracts");
        assertThat(typed.text("contract_reference")).isEqualTo("PL-001");
        assertThat(typed.money("total_value")).isEqualByComparingTo(new BigDecimal("25000"));
        assertThat(typed.money("annual_value")).isEqualByComparingTo(new BigDecimal("25000"));
        assertThat(typed.date("start_date")).isEqualTo(LocalDate.of(2015, 4, 1));
        assertThat(typed.date("end_date")).isEqualTo(LocalDate.of(2018, 3, 31));
        assertThat(typed.date("signed_date")).isEqualTo(LocalDate.of(2015, 3, 15));
        assertThat(typed.isYes("sme")).isTrue();
        assertThat(typed.flag("vcse")).isFalse();
        assertThat(typed.isYes("contract_signed")).isTrue();
        assertThat(typed.raw("total_value")).isEqualTo("£25,000.00");
    }

    @Test
    void eachProblemCellOfARowIsItsOwnFinding() {
        // given
        SheetRow row = ProcurementSheetFixture.row(FIRST_DATA_ROW,
                contract("Supplier", null, "Total Value", CellValue.error("#REF!"), "SME", "perhaps"));

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(header, row);

        // then
        assertThat(mapped.findings()).extracting(f -> f.rule() + " " + f.cell())
                .containsExactly("REQUIRED Contracts!D4", "FORMAT Contracts!F4", "FORMAT Contracts!H4");
        assertThat(mapped.loadable()).isFalse();
    }

    @Test
    void aColumnTheFileLacksIsNoFindingAndFindingsOnItPointAtTheKeyColumn() {
        // given a file with only the required columns, in its own order
        HeaderMatch requiredOnly = HeaderMatch.of(ProcurementSheetFixture.spec(), ProcurementSheetFixture.headerRow(
                List.of("Title", "Contract Reference", "Supplier", "Total Value", "Start Date", "End Date",
                        "Procurement Route")));
        SheetRow row = new SheetRow("Contracts", 9, new CellValue[] {
            CellValue.text("Lighting"), CellValue.text("PL-9"), CellValue.text("Acme"), CellValue.number(100, null),
            CellValue.text("01/04/2015"), CellValue.text("31/03/2016"), CellValue.text("Open")});

        // when
        FieldChecks.Mapped mapped = FieldChecks.map(requiredOnly, row);

        // then
        assertThat(mapped.findings()).isEmpty();
        assertThat(mapped.loadable()).isTrue();
        assertThat(mapped.row().hasColumn("sme")).isFalse();
        assertThat(mapped.row().flag("sme")).isNull();
        assertThat(mapped.row().cell("sme")).hasToString("Contracts!B9");
        assertThat(mapped.row().cell("total_value")).hasToString("Contracts!D9");
    }
}
