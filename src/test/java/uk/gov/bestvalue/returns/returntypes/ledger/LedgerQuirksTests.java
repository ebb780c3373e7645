package uk.gov.bestvalue.returns.returntypes.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.returntypes.CheckedRow;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.returntypes.ReturnTypes;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.keys.ColumnTitles;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;
import uk.gov.bestvalue.returns.spec.UnrecognisedReturnException;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.ValueParsers;

/**
 * The quirks of real finance exports that the spine reads since the ledgers came, each in a few lines copied
 * from a published file (see {@link RealData}): small enough to read, so each test says what it proves.
 */
class LedgerQuirksTests {

    private static final JobDefinitions DEFINITIONS = new JobDefinitions(Path.of("jobs"));
    private static final ReturnReader.Opener OPENER = new ReturnReader.Opener(
            new ReturnRecognizer(ReturnCatalog.load(DEFINITIONS), OwnersDirectory.load(DEFINITIONS)),
            new ReturnTypes(List.of(new SpendLedgerReturn(), new CapitalReceiptsReturn())),
            RuleSettings.load(DEFINITIONS), 1_000_000);

    @TempDir
    Path folder;

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"38,937.00-|-38937.00", "0.36-|-0.36", "£322.50|322.50"})
    void aTrailingMinusIsACredit(String text, BigDecimal expected) {
        assertThat(ValueParsers.money(CellValue.text(text)).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "[{index}] ''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {"43658|2019-07-12", "45078.041666666664|2023-06-01"})
    void anExcelSerialSavedToCsvIsADate(String text, LocalDate expected) {
        assertThat(ValueParsers.date(CellValue.text(text)).value()).isEqualTo(expected);
    }

    @Test
    void aCodePagePoundSignInATitleIsACurrencyMark() {
        // Hyndburn's "Net Amount(£)" saved from a DOS code page (0x9C) reads as "Net Amount(œ)" in Windows-1252
        assertThat(ColumnTitles.normalise("Net Amount(œ)")).isEqualTo("netamount");
        assertThat(ColumnTitles.normalise("Cœur")).isEqualTo("cœur");
    }

    @Test
    void aCsvWithDosPoundsBareCrAndSerialDatesIsASpendLedger() throws Exception {
        // given three lines of Hyndburn's 1908.csv as published: bare CR line endings, 0x9C for £, serial dates
        Path file = write("1908.csv", "Service Cost Centre,Account Detail,Description,HBC ref no,Name,Payment date,"
                + "Net Amount(\u0153)\rP & C G,CENTRAL ADMIN,STATIONERY,P-CARD - AUG 19,OFFICE DEPOT,43659,502.44\r");

        // when it is read
        List<CheckedRow> rows = read(file);

        // then the line is dated and has its amount
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.loadable()).isTrue();
            assertThat(row.row().date("payment_date")).isEqualTo(LocalDate.of(2019, 7, 13));
            assertThat(row.row().money("amount")).isEqualByComparingTo("502.44");
            assertThat(row.derivedValues()).containsExactly("name:office depot");
        });
    }

    @Test
    void aHeaderRepeatedWithItsColumnsMovedRemapsTheRowsBelowIt() throws Exception {
        // given a sheet pasted below another, as in Lancashire Fire's 2022-23 workbook (Amount moved left)
        Path file = write("fire.csv", """
                Transaction Number,Date,Expenditure Category,Supplier Name,Supplier Classification,Amount
                107639310,01/04/2022,Residential Training,Anderton Centre,Training,7740
                Transaction Number,Date,Subjective Description,Supplier Name,Amount
                6000073,30/11/2022,Vehicle R&M,James Hart (Chorley) Ltd,2135.2
                """);

        // when it is read
        List<CheckedRow> rows = read(file);

        // then the second header is not a line, and the line below it takes its amount from the new column
        assertThat(rows).hasSize(2).allMatch(CheckedRow::loadable);
        assertThat(rows.get(1).row().money("amount")).isEqualByComparingTo("2135.20");
        assertThat(rows.get(1).row().rowNumber()).isEqualTo(4);
    }

    @Test
    void aFileWithoutAHeaderRowIsRejectedSayingSo() throws Exception {
        // given the first line of Hyndburn's March-25-CSV.csv, which has no titles
        Path file = write("March-25-CSV.csv", "REGN - Regeneration & Housing,,FAF - Strategic Housing,,Affordable "
                + "Warmth Grant,,,1,,CRINV0008145,,Rhea Projects,,,04/03/2025,,\"2,730.00\"\r\n");

        // then the reason tells its owner to add the titles
        assertThatThrownBy(() -> OPENER.open(file).close()).isInstanceOf(UnrecognisedReturnException.class)
                .hasMessageStartingWith("The file has no header row: row 1 of 'March-25-CSV' already holds data");
    }

    @Test
    void aReceiptsExportIsNotTakenForSpendNorSpendForReceipts() throws Exception {
        Path receipts = write("receipts.csv", """
                Receipt Date,Receipt Reference,Description,UPRN,Disposal Reference,Amount,Department
                14/01/2016,CR-2016-001,Sale of former depot,6094123456,PL-DSP-15-004,250000,Place
                """);
        try (ReturnReader reader = OPENER.open(receipts)) {
            assertThat(reader.recognition().spec().id()).isEqualTo("capital-receipts");
            assertThat(reader.recognition().directorate().id()).isEqualTo("finance");
        }
        Path spend = write("spend.csv", "Date,Transaction Number,Supplier Name,Amount\n01/04/2022,1,Acme Ltd,10\n");
        try (ReturnReader reader = OPENER.open(spend)) {
            assertThat(reader.recognition().spec().id()).isEqualTo("spend-ledger");
            assertThat(reader.recognition().period()).isNull();
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, content.getBytes(Charset.forName("windows-1252")));
        return file;
    }

    private static List<CheckedRow> read(Path file) throws IOException, UnrecognisedReturnException {
        List<CheckedRow> rows = new ArrayList<>();
        try (ReturnReader reader = OPENER.open(file)) {
            for (CheckedRow row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
