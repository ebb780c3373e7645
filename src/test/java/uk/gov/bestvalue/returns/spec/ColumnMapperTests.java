package uk.gov.bestvalue.returns.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.spec.ColumnMapping.How;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/** Columns are read as a person reads their titles and values: scored, one-to-one, each mapping saying how. */
class ColumnMapperTests {

    private static final ReturnCatalog CATALOG = ReturnCatalog.load(new JobDefinitions(Path.of("jobs")));
    private static final ReturnSpec LEDGER = CATALOG.byId("spend-ledger").orElseThrow();
    private static final ReturnSpec CONTRACTS = CATALOG.byId("procurement-contracts").orElseThrow();

    @ParameterizedTest(name = "\"{0}\" is the {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Beneficiary Name         | supplier_name
            Payee (redacted)         | supplier_name
            ï»¿SupplierName          | supplier_name
            Vendor                   | supplier_name
            Creditor Name            | supplier_name
            Merchant Name            | supplier_name
            Line value net of VAT    | amount
            Amount Excl. VAT         | amount
            Net Amount               | amount
            Date of Transaction      | payment_date
            Transaction No.          | transaction_reference
            Expenses Type            | expense_type
            Directotate              | department
            Internal Ref Number      | transaction_reference
            """)
    void aLedgerColumnIsReadByTheWordsOfItsTitle(String title, String field) {
        // given a ledger whose payee and amount columns are titled in the publisher's own words
        SheetRow header = row(1, "Notes", title, "Something Else");

        // when
        HeaderMatch match = HeaderMatch.of(LEDGER, header);

        // then
        assertThat(match.columnOf(field)).isEqualTo(1);
        assertThat(match.mappings()).filteredOn(m -> m.column() == 1).singleElement()
                .satisfies(m -> assertThat(m.how()).isIn(How.ALIAS, How.SIMILAR));
    }

    @Test
    void eachColumnIsOneFieldAndEachFieldOneColumnTheListedTitleFirst() {
        // given a supplier's id beside its name: both say "supplier"
        SheetRow header = row(1, "Paid Date", "Supplier ID", "Supplier Name", "Amount");

        // when
        HeaderMatch match = HeaderMatch.of(LEDGER, header);

        // then
        assertThat(match.columnOf("supplier_id")).isEqualTo(1);
        assertThat(match.columnOf("supplier_name")).isEqualTo(2);
        assertThat(match.mappings()).extracting(ColumnMapping::how).containsOnly(How.ALIAS);
    }

    @Test
    void theServiceIsTheCostCentreAndTheExpenditureCodeItsSubjectiveWhenAFileGivesBoth() {
        // given Harrogate's titles: a "Service Code" holding services and an "Expenditure Code" holding "Fuel/Oil"
        SheetRow header = row(1, "Expenditure Category", "Service Label", "Service Code", "Expenditure Code",
                "Payment Date", "Supplier Name", "Net amount");

        // when
        HeaderMatch match = HeaderMatch.of(LEDGER, header);

        // then
        assertThat(match.columnOf("cost_centre")).isEqualTo(2);
        assertThat(match.columnOf("expense_type")).isEqualTo(0);
        assertThat(match.mappings()).extracting(ColumnMapping::column).doesNotContain(3);
    }

    @Test
    void aLandRegistersTenureHoldingAndAssetCodeAreNoContractsRouteCategoryOrReference() {
        // given Cheltenham's land and assets titles, which share "type" and "code" with a contract's fields
        SheetRow header = row(1, "Organisation", "UPRN", "AssetCode", "Site Address", "TenureType", "Holding Type");

        // when
        HeaderMatch match = HeaderMatch.of(CONTRACTS, header);

        // then
        assertThat(match.columnOf("contract_reference")).isEqualTo(-1);
        assertThat(match.columnOf("procurement_route")).isEqualTo(-1);
        assertThat(match.columnOf("category")).isEqualTo(-1);
    }

    @Test
    void wordsThatMeanSomethingElseKeepATitleFromAField() {
        // given columns that share a word with the supplier or the amount but are not them
        SheetRow header = row(1, "Date", "Payee", "Supplier Postcode", "Net Amount", "VAT Amount", "VAT Reg No");

        // when
        HeaderMatch match = HeaderMatch.of(LEDGER, header);

        // then the postcode, the VAT and the VAT number are left unread
        assertThat(match.columnOf("supplier_name")).isEqualTo(1);
        assertThat(match.columnOf("amount")).isEqualTo(3);
        assertThat(match.columnOf("supplier_company_number")).isEqualTo(-1);
        assertThat(match.mappings()).extracting(ColumnMapping::column).doesNotContain(2, 4, 5);
    }

    @Test
    void aContractsRegisterNamesTheRouteAsItsProcessAndTheValueWithExtensions() {
        // given a register's own titles
        SheetRow header = row(1, "Reference Number", "Title of Agreement", "Supplier Name", "Award Procedure",
                "Value including extensions", "Contract Start Date", "Contract End Date");

        // when
        HeaderMatch match = HeaderMatch.of(CONTRACTS, header);

        // then every required field is there
        assertThat(match.isComplete()).isTrue();
        assertThat(match.columnOf("procurement_route")).isEqualTo(3);
        assertThat(match.columnOf("total_value")).isEqualTo(4);
    }

    @Test
    void aTitleThatSaysDateButHoldsTextIsNotTheDate() {
        // given a column titled like a payment date whose values are words
        SheetRow header = row(1, "Date Paid Note", "Supplier", "Amount");
        List<SheetRow> below = List.of(row(2, "cheque", "A Ltd", "10"), row(3, "BACS", "B Ltd", "20"),
                row(4, "BACS", "C Ltd", "30"));

        // when
        HeaderMatch match = HeaderMatch.of(LEDGER, header, below);

        // then
        assertThat(match.columnOf("payment_date")).isEqualTo(-1);
        assertThat(match.missingRequiredTitles()).containsExactly("Payment Date");
    }

    @Test
    void anUntitledColumnOfCompanyNumbersIsReadByItsContents() {
        // given a column with no title holding Companies House numbers
        SheetRow header = row(1, "Date", "Supplier", "Amount", "");
        List<SheetRow> below = List.of(row(2, "01/04/2016", "A Ltd", "10", "01234567"),
                row(3, "01/04/2016", "B Ltd", "20", "SC123456"), row(4, "01/04/2016", "C Ltd", "30", "09876543"));

        // when
        HeaderMatch match = HeaderMatch.of(LEDGER, header, below);

        // then
        assertThat(match.columnOf("supplier_company_number")).isEqualTo(3);
        assertThat(match.mappings()).filteredOn(m -> m.column() == 3).singleElement()
                .extracting(ColumnMapping::how).isEqualTo(How.CONTENT);
    }

    @Test
    void aCouncilsPinWinsAndAPinToNothingKeepsAColumnUnread() {
        // given the council pinned "Our Payee" to the supplier and "Amount" to nothing
        ReturnSpec pinned = LEDGER.withPins(Map.of("Our Payee", "supplier_name", "Gross", ""));
        SheetRow header = row(1, "Date", "Our Payee", "Net", "Gross");

        // when
        HeaderMatch match = HeaderMatch.of(pinned, header);

        // then
        assertThat(match.columnOf("supplier_name")).isEqualTo(1);
        assertThat(match.mappings()).filteredOn(m -> m.column() == 1).singleElement()
                .extracting(ColumnMapping::how).isEqualTo(How.CONFIGURED);
        assertThat(match.mappings()).extracting(ColumnMapping::column).doesNotContain(3);
    }

    @Test
    void aMissingRequiredColumnIsNamedWithTheNearestColumnTheFileHas() {
        // given a ledger without any column a person would take for the payee
        SheetRow header = row(1, "Date", "Supplier Type", "Amount");

        // when
        HeaderMatch match = HeaderMatch.of(LEDGER, header);

        // then
        assertThat(match.isComplete()).isFalse();
        assertThat(match.missingRequiredTitles()).containsExactly("Supplier Name");
        assertThat(match.nearestTitle("supplier_name")).isEqualTo("Supplier Type");
    }

    private static SheetRow row(int number, String... cells) {
        return new SheetRow("Sheet1", number, Arrays.stream(cells)
                .map(c -> c.isEmpty() ? CellValue.BLANK : CellValue.text(c)).toArray(CellValue[]::new));
    }
}
