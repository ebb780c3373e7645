package uk.gov.bestvalue.returns.report.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;
import uk.gov.bestvalue.returns.intake.Sha256;
import uk.gov.bestvalue.returns.intake.SubmissionOutcome;
import uk.gov.bestvalue.returns.returntypes.CheckReport;
import uk.gov.bestvalue.returns.returntypes.ReturnChecker;

/**
 * The open-data exports of the sample month: every sample loaded, then January 2016 exported; the files hold exactly
 * the warehouse's current contracts over £5,000 and grants, in the Transparency Code's and 360Giving's shapes, and the
 * 360Giving spreadsheet loads back through the pipeline as a grant agreements return.
 */
@SpringBootTest
class OpenDataExportsIntegrationTests extends PipelineIntegrationTest {

    static final List<String> CODE_FIELDS = List.of("Reference Number", "Title of Agreement", "Department Responsible",
            "Description of Goods and/or Services", "Supplier Name", "Supplier Registered Company Number",
            "Supplier Charity Number", "Sum to be Paid over the Length of the Contract", "Estimated Annual Value",
            "VAT that Cannot be Recovered", "Start Date", "End Date", "Review Date", "Procurement Route",
            "Result of Invitation to Quote or Published Invitation to Tender", "SME", "VCSE");

    static final List<String> GIVING_TITLES = List.of("Identifier", "Title", "Description", "Currency",
            "Amount Awarded", "Award Date", "Planned Dates:Start Date", "Planned Dates:End Date",
            "Recipient Org:Identifier", "Recipient Org:Name", "Recipient Org:Charity Number",
            "Recipient Org:Company Number", "Funding Org:Identifier", "Funding Org:Name", "Funding Org:Department",
            "Grant Programme:Title", "Beneficiary Location:Name", "Last Modified", "Data Source");

    /** The contracts of the period's current snapshots over £5,000, counted here apart from the export's own query. */
    static final String CURRENT_CONTRACTS_OVER_5000 = "SELECT f.contract_reference FROM contract_fact f "
            + "JOIN load_batch b ON b.load_batch_id = f.load_batch_id "
            + "WHERE b.status = 'CURRENT' AND b.return_type = 'procurement-contracts' AND b.period = '2016-01' "
            + "AND f.total_value > 5000";

    @Autowired
    OpenDataExports exports;
    @Autowired
    ReturnChecker checker;

    @TempDir
    Path published;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theContractsFileHoldsEveryCurrentContractOver5000InTheCodesFields() throws Exception {
        // given the sample month loaded, and a supplier that the grants register knows as a charity
        loadSamples();
        jdbc.sql("INSERT INTO recipient (recipient_key, recipient_name, charity_number, company_number) "
                + "VALUES ('chc:1099001', 'Streetwise Youth Trust', '1099 001', '8630274')").update();
        List<String> expected = jdbc.sql(CURRENT_CONTRACTS_OVER_5000).query(String.class).list();
        int current = count("SELECT COUNT(*) FROM v_contract_current WHERE period = '2016-01'");

        // when January's open data is written
        OpenDataFiles files = exports.write("2016-01", published);

        // then the CSV has the Code's fields and exactly those contracts (the £0.00 ASC-2016-003 is left out)
        assertThat(files.contracts()).hasFileName("contracts-over-5000-2016-01.csv").isRegularFile();
        List<String[]> lines = csv(files.contracts());
        assertThat(lines.get(0)).containsExactlyElementsOf(CODE_FIELDS);
        List<String[]> rows = lines.subList(1, lines.size());
        assertThat(rows).extracting(r -> r[0]).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(54).doesNotContain("ASC-2016-003");
        assertThat(current).isEqualTo(55);
        assertThat(files.contractCount()).isEqualTo(54);
        // and a known contract reads field by field as the Code wants it: ISO dates, plain money, Yes/No
        assertThat(row(rows, "RES-2015-021")).containsExactly("RES-2015-021", "Printing and mailing of council tax bills",
                "Resources", "Services: Printing and mailing of council tax bills", "Docklands Print & Mail Ltd", "09412077",
                "", "18500.00", "18500.00", "", "2016-02-01", "2017-01-31", "", "Quotation", "Invitation to quote",
                "Yes", "No");
        assertThat(row(rows, "CSF-2015-020")).containsExactly("CSF-2015-020", "Youth services - detached youth work",
                "Children's Services", "Services: Youth services - detached youth work", "Streetwise Youth Trust Ltd",
                "08630274", "1099001", "480000.00", "160000.00", "", "2015-04-01", "2018-03-31", "2016-09-30", "Open",
                "Published invitation to tender", "Yes", "Yes");
        assertThat(row(rows, "PL-2015-109")[8]).as("an unknown annual value is blank").isEmpty();
        assertThat(row(rows, "CSF-2015-031")[14]).isEqualTo("Neither: waiver or direct award");
        // and the published file is UTF-8 without a BOM, with RFC 4180 line ends, and quotes only where needed
        byte[] bytes = Files.readAllBytes(files.contracts());
        assertThat(new String(bytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("Ref");
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\nPH-2015-015,\"Substance misuse treatment, recovery and aftercare\",Health,")
                .doesNotContain("\n\n").doesNotContain("load_batch").doesNotContain(".xlsx");
        // and the lineage file beside it names each row's source file, sheet and row
        List<String[]> lineage = csv(files.contractsLineage());
        assertThat(files.contractsLineage()).hasFileName("contracts-over-5000-2016-01-lineage.csv");
        assertThat(lineage.get(0)).containsExactly("Published Row", "Reference Number", "Directorate", "Load Batch", "File",
                "SHA-256", "Sheet", "Row");
        assertThat(lineage).hasSize(lines.size());
        int line = rows.indexOf(row(rows, "RES-2015-021")) + 2;
        assertThat(lineage.get(line - 1)).startsWith(String.valueOf(line), "RES-2015-021", "resources")
                .endsWith("resources-procurement-2016-01.xlsx",
                        jdbc.sql("SELECT sha256 FROM load_batch WHERE file_name = 'resources-procurement-2016-01.xlsx'")
                                .query(String.class).single(), "Contracts", "7");
        assertThat(lineage.stream().filter(l -> l[1].equals("PH-2015-015")).findFirst().orElseThrow()[6])
                .isEqualTo("health-procurement-2016-01");
    }

    @Test
    void theGrantsAre360GivingDataWithTheWarehousesAmountsAndLoadBackAsAGrantsReturn() throws Exception {
        // given the sample month loaded
        loadSamples();
        Map<String, BigDecimal> awarded = new LinkedHashMap<>();
        Map<String, String> recipientKeys = new HashMap<>();
        jdbc.sql("SELECT grant_reference, amount_awarded, recipient_key FROM v_grant_current WHERE period = '2016-01'")
                .query(rs -> {
                    String id = rs.getString(1).startsWith("360G-") ? rs.getString(1) : "360G-LBX-" + rs.getString(1);
                    awarded.put(id, rs.getBigDecimal(2));
                    recipientKeys.put(id, rs.getString(3));
                });
        assertThat(awarded).hasSize(33);

        // when January's open data is written
        OpenDataFiles files = exports.write("2016-01", published);

        // then the JSON parses, and every grant has the standard's required fields, its id under the publisher prefix
        JsonNode grants = json.readTree(files.grantsJson().toFile()).get("grants");
        assertThat(grants.isArray()).isTrue();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        Map<String, JsonNode> byId = new HashMap<>();
        for (JsonNode grant : grants) {
            for (String field : List.of("id", "title", "description", "currency", "awardDate")) {
                assertThat(grant.path(field).isString()).as(field + " of " + grant).isTrue();
                assertThat(grant.path(field).asString()).isNotBlank();
            }
            assertThat(grant.path("amountAwarded").isNumber()).isTrue();
            for (String organisation : List.of("recipientOrganization", "fundingOrganization")) {
                assertThat(grant.path(organisation).size()).isEqualTo(1);
                assertThat(grant.path(organisation).get(0).path("id").asString()).isNotBlank();
                assertThat(grant.path(organisation).get(0).path("name").asString()).isNotBlank();
            }
            assertThat(grant.path("id").asString()).startsWith("360G-LBX-");
            assertThat(grant.path("currency").asString()).isEqualTo("GBP");
            assertThat(LocalDate.parse(grant.path("awardDate").asString())).isBefore(LocalDate.of(2016, 2, 1));
            assertThat(OffsetDateTime.parse(grant.path("dateModified").asString())).isNotNull();
            assertThat(grant.path("dataSource").asString()).isEqualTo("https://www.example.gov.uk/open-data");
            assertThat(grant.path("recipientOrganization").get(0).path("id").asString())
                    .matches("GB-(CHC|COH)-[0-9]+|360G-LBX-ORG-[a-z0-9-]+|360G-LBX-ORG-0042");
            assertThat(grant.path("fundingOrganization").get(0).path("id").asString()).isEqualTo("GB-LAE-XMP");
            assertThat(grant.toString()).doesNotContain("null");
            amounts.put(grant.path("id").asString(), grant.path("amountAwarded").decimalValue());
            byId.put(grant.path("id").asString(), grant);
        }
        // and they are the warehouse's grants, with its amounts, each id once
        assertThat(amounts).hasSize(grants.size()).containsOnlyKeys(awarded.keySet());
        awarded.forEach((id, amount) -> assertThat(amounts.get(id)).as(id).isEqualByComparingTo(amount));
        assertThat(files.grantCount()).isEqualTo(33);
        // and the organisations are identified by the register their numbers come from, else by the council
        assertThat(recipient(byId, "360G-LBX-ASC-GR-15-002")).isEqualTo("GB-CHC-1091233|TOWER CARERS CENTRE|1091233|");
        assertThat(recipient(byId, "360G-LBX-ASC-GR-15-005")).isEqualTo("GB-COH-08814402|Recovery Works CIC||08814402");
        assertThat(recipient(byId, "360G-LBX-PL-MGP-033")).isEqualTo("GB-CHC-1140045|Pedal Power East|1140045|");
        assertThat(recipient(byId, "360G-LBX-PL-CC-009")).isEqualTo("360G-LBX-ORG-0042|Cubitt Town Residents Association||");
        assertThat(recipient(byId, "360G-LBX-CSF-CC-011")).isEqualTo(
                "360G-LBX-ORG-weavers-fields-under-11s-football-club|Weavers Fields Under-11s Football Club||");
        JsonNode known = byId.get("360G-LBX-RES-MGP-002");
        assertThat(known.path("title").asString()).isEqualTo("Volunteer centre and voluntary sector infrastructure support");
        assertThat(known.path("plannedDates").get(0).path("startDate").asString()).isEqualTo("2015-04-01");
        assertThat(known.path("plannedDates").get(0).path("endDate").asString()).isEqualTo("2018-03-31");
        assertThat(known.path("fundingOrganization").get(0).path("department").asString()).isEqualTo("Resources");
        assertThat(known.path("grantProgramme").get(0).path("title").asString())
                .isEqualTo("Mainstream Grants Programme 2015-18");

        // and the spreadsheet has the standard's titles on its grants sheet, and the same grants
        try (XSSFWorkbook workbook = new XSSFWorkbook(files.grantsSpreadsheet().toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = workbook.getSheet("grants");
            List<String> titles = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> titles.add(cell.getStringCellValue()));
            assertThat(titles).containsExactlyElementsOf(GIVING_TITLES);
            Map<String, BigDecimal> inSheet = new LinkedHashMap<>();
            DataFormatter text = new DataFormatter();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
                inSheet.put(row.getCell(0).getStringCellValue(), BigDecimal.valueOf(row.getCell(4).getNumericCellValue()));
                assertThat(text.formatCellValue(row.getCell(8)))
                        .isEqualTo(byId.get(row.getCell(0).getStringCellValue()).path("recipientOrganization").get(0)
                                .path("id").asString());
            }
            assertThat(inSheet).hasSize(33);
            inSheet.forEach((id, amount) -> assertThat(amount).as(id).isEqualByComparingTo(amounts.get(id)));
        }
        // and the grants' lineage names their source rows
        List<String[]> lineage = csv(files.grantsLineage());
        assertThat(lineage).hasSize(34);
        assertThat(lineage.stream().filter(l -> l[1].equals("360G-LBX-ASC-GR-15-002")).findFirst().orElseThrow())
                .endsWith("adults-grants-2016-01.xlsx", sha256Of("adults-grants-2016-01.xlsx"), "VCS grants 2015-16", "8");

        // when the spreadsheet is checked, then dropped, as the programme office's grants return
        Path returned = folders.inbox().resolve("corporate-" + files.grantsSpreadsheet().getFileName());
        Files.createDirectories(folders.inbox());
        Files.copy(files.grantsSpreadsheet(), returned);
        CheckReport report = checker.check(returned, Sha256.of(returned));
        List<SubmissionOutcome> outcomes = poller.processNow(List.of(returned));

        // then it is recognised as a grant agreements return, every grant readable, and loaded whole
        assertThat(report.accepted()).as(report.reason()).isTrue();
        assertThat(report.returnType()).isEqualTo("grant-agreements");
        assertThat(report.period()).isEqualTo("2016-01");
        assertThat(report.rows()).isEqualTo(33);
        assertThat(report.findings()).extracting(CheckReport.FindingView::rule)
                .as("only the council's own columns, which 360Giving does not have, are missing")
                .isNotEmpty().allMatch(rule -> List.of("G3", "G4", "G5", "G6").contains(rule));
        assertThat(outcomes).singleElement().satisfies(o -> {
            assertThat(o.returnType()).isEqualTo("grant-agreements");
            assertThat(o.rowsRead()).isEqualTo(33);
            assertThat(o.rowsLoaded()).isEqualTo(33);
        });
        // and the warehouse reads back the same ids, amounts and recipients (the org ids give the same keys)
        Map<String, BigDecimal> reloaded = new HashMap<>();
        jdbc.sql("SELECT grant_reference, amount_awarded, recipient_key FROM v_grant_current "
                + "WHERE directorate_id = 'corporate' AND period = '2016-01'").query(rs -> {
                    reloaded.put(rs.getString(1), rs.getBigDecimal(2));
                    assertThat(rs.getString(3)).as(rs.getString(1)).isEqualTo(recipientKeys.get(rs.getString(1)));
                });
        assertThat(reloaded).containsOnlyKeys(awarded.keySet());
        awarded.forEach((id, amount) -> assertThat(reloaded.get(id)).as(id).isEqualByComparingTo(amount));
    }

    @Test
    void aPeriodWithNothingLoadedGivesFilesWithHeadersOnlyAndAMalformedPeriodIsRefused() throws Exception {
        // given an empty warehouse, when a period is exported
        OpenDataFiles files = exports.write("2016-02", published);

        // then each file is there and empty of rows, and nothing partial is left behind
        assertThat(csv(files.contracts())).hasSize(1);
        assertThat(json.readTree(files.grantsJson().toFile()).get("grants").size()).isZero();
        try (XSSFWorkbook workbook = new XSSFWorkbook(files.grantsSpreadsheet().toFile())) {
            assertThat(workbook.getSheet("grants").getLastRowNum()).isZero();
        }
        assertThat(files.published()).hasSize(3).allMatch(Files::isRegularFile);
        assertThat(files.internal()).hasSize(2).allMatch(Files::isRegularFile);
        try (Stream<Path> written = Files.list(published)) {
            assertThat(written).hasSize(5).noneMatch(p -> p.toString().endsWith(".partial"));
        }
        assertThatThrownBy(() -> exports.write("January 2016", published)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("yyyy-MM");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasArePublishedAsText() throws Exception {
        // given the Health return whose first contract's cells begin with =, +, @ and a tab
        java.nio.charset.Charset windows1252 = java.nio.charset.Charset.forName("windows-1252");
        List<String> lines = new ArrayList<>(Files.readAllLines(
                Path.of("input-samples/health-procurement-2016-01.csv"), windows1252));
        lines.set(1, lines.get(1).replace("Integrated sexual health services", "\"=HYPERLINK(\"\"http://x\"\")\"")
                .replace("Clarion Sexual Health Services Ltd", "+44 Services Ltd")
                .replace("ET-2014-0311", "@SUM(A1)"));
        Path file = Files.createDirectories(folders.inbox()).resolve("health-procurement-2016-01.csv");
        Files.write(file, lines, windows1252);
        poller.processNow(List.of(file));

        // when
        OpenDataFiles files = exports.write("2016-01", published);

        // then every text cell that begins like a formula is quoted as text; numbers stay numbers
        List<String[]> rows = csv(files.contracts());
        String[] injected = row(rows, "PH-2015-008");
        assertThat(injected).contains("'=HYPERLINK(\"http://x\")", "'+44 Services Ltd");
        assertThat(injected[7]).isEqualTo("2400000.00");
        for (Path written : List.of(files.contracts(), files.contractsLineage())) {
            assertThat(csv(written)).allSatisfy(row -> assertThat(row)
                    .noneMatch(cell -> cell.matches("(?s)[=+\\-@\t\r].*") && !cell.matches("-?[0-9.]+")));
        }
    }

    private void loadSamples() throws IOException {
        dropEverySample();
    }

    private static List<String[]> csv(Path file) throws IOException, CsvException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8); CSVReader csv = new CSVReader(reader)) {
            return csv.readAll();
        }
    }

    private static String[] row(List<String[]> rows, String reference) {
        return rows.stream().filter(r -> r[0].equals(reference)).findFirst().orElseThrow();
    }

    private static String recipient(Map<String, JsonNode> grants, String id) {
        JsonNode organisation = grants.get(id).path("recipientOrganization").get(0);
        return String.join("|", organisation.path("id").asString(), organisation.path("name").asString(),
                organisation.path("charityNumber").asString(""), organisation.path("companyNumber").asString(""));
    }

    private String sha256Of(String fileName) {
        return jdbc.sql("SELECT sha256 FROM load_batch WHERE file_name = ?").param(fileName).query(String.class).single();
    }
}
