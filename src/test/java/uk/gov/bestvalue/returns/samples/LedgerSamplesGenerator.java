package uk.gov.bestvalue.returns.samples;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sample month's finance ledgers (January 2016) so that each of R1-R6 occurs against the committed
 * sample returns, and the health procurement return for December 2015 that R5 compares January's with:
 * <ul>
 *   <li>{@code finance-spend-2016-01.csv}: the spending-over-£500 export, departments named as the finance system
 *       names them (owners.yml aliases), matches by company number, exact and similar name, off-contract lines,
 *       payments before a contract starts, an overspent contract and grant payments;</li>
 *   <li>{@code finance-receipts-2016-01.csv}: the capital receipts, matched on disposal reference or UPRN;</li>
 *   <li>{@code health-procurement-2015-12.csv}: January's health return (read from the committed file) with one
 *       more contract, which vanishes in January, and a different value for PH-2015-027.</li>
 * </ul>
 * Run: {@code java ... LedgerSamplesGenerator input-samples}. The content is fixed: the same bytes every run.
 */
public final class LedgerSamplesGenerator {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String GRANT = "Grants to voluntary organisations";
    private static final String BODY = "Example Borough Council";

    private LedgerSamplesGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "input-samples");
        writeSpend(folder.resolve("finance-spend-2016-01.csv"));
        writeReceipts(folder.resolve("finance-receipts-2016-01.csv"));
        writeDecemberHealthReturn(folder.resolve("health-procurement-2016-01.csv"),
                folder.resolve("health-procurement-2015-12.csv"));
    }

    private static void writeSpend(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Body Name,Date,Transaction Number,Net Amount,Supplier Name,Supplier ID,Company Number,Expense Area,"
                + "Expense Type,Cost Centre");
        // Resources: company number, exact name (two spellings), a similar name, off-contract
        spend(lines, "05/01/2016", "400101", "80,000.00", "Brightwell Digital Services Ltd", "S10231", "06284417", "Resources", "ICT managed services", "RES-DIG-01");
        spend(lines, "12/01/2016", "400117", "12,500.00", "BRIGHTWELL DIGITAL SERVICES LIMITED", "S10231", "", "Resources", "ICT managed services", "RES-DIG-01");
        spend(lines, "14/01/2016", "400123", "3,200.00", "Payline Systems", "S10377", "", "Resources", "Software licences", "RES-HR-02");
        spend(lines, "19/01/2016", "400188", "1,150.40", "Officeline Suplies Ltd", "S10490", "", "Resources", "Stationery", "RES-PRO-01");
        spend(lines, "21/01/2016", "400203", "2,340.00", "Quickprint Express Ltd", "S11802", "", "Resources", "Printing", "RES-COM-01");
        // Children's: company number, exact name, off-contract; grant payments (unsigned agreement, beyond the award)
        spend(lines, "07/01/2016", "400109", "12,083.33", "Westway Passenger Transport Ltd", "S10655", "05562981", "Children's Services", "Transport - contracted", "CSF-SEN-04");
        spend(lines, "15/01/2016", "400131", "24,600.00", "Harvest Kitchen Catering Ltd", "S10671", "", "Children's Services", "Catering", "CSF-EDU-02");
        spend(lines, "20/01/2016", "400199", "6,480.00", "Little Acorns Nursery Supplies", "S11990", "", "Children's Services", "Equipment", "CSF-EY-01");
        spend(lines, "22/01/2016", "400215", "5,000.00", "Poplar Youth Forum", "S12004", "", "Children's Services", GRANT, "CSF-YTH-01");
        spend(lines, "28/01/2016", "400262", "3,500.00", "Bromley-by-Bow Girls FC CIO", "S12011", "", "Children's Services", GRANT, "CSF-YTH-01");
        // Adults: company number, exact name, off-contract; a grant payment to a group with no grant agreement
        spend(lines, "06/01/2016", "400104", "112,500.00", "Carewell Homecare Ltd", "S10702", "07460318", "Adult Social Care", "Home care", "ASC-HC-01");
        spend(lines, "18/01/2016", "400177", "21,600.00", "Riverside Care Homes Ltd", "S10733", "", "Adult Social Care", "Residential care", "ASC-RES-02");
        spend(lines, "25/01/2016", "400239", "18,950.00", "Bluebell Care Agency Ltd", "S12033", "", "Adult Social Care", "Agency care staff", "ASC-HC-01");
        spend(lines, "27/01/2016", "400255", "2,500.00", "Bethnal Green Men's Shed", "S12040", "", "Adult Social Care", GRANT, "ASC-VCS-01");
        // Place (the finance system's old name, Development and Renewal): a payment before its contract starts
        spend(lines, "08/01/2016", "400112", "300,000.00", "Kestrel Highways Services Ltd", "S10801", "04381276", "Development and Renewal", "Highways maintenance", "PL-HWY-01");
        spend(lines, "13/01/2016", "400120", "104,166.67", "Cleanstreets Environmental", "S10822", "", "Development and Renewal", "Street cleansing", "PL-ENV-01");
        spend(lines, "29/01/2016", "400270", "4,200.00", "Eastend Skip Hire", "S12051", "", "Development and Renewal", "Waste disposal", "PL-ENV-02");
        // Health: company number, exact name, a payment before its contract starts
        spend(lines, "11/01/2016", "400115", "66,666.67", "Clarion Sexual Health Services Ltd", "S10901", "07519362", "Public Health", "Sexual health services", "PH-SH-01");
        spend(lines, "20/01/2016", "400201", "80,000.00", "Thames Community Healthcare Ltd", "S10944", "", "Public Health", "School nursing", "PH-SN-01");
        spend(lines, "29/01/2016", "400274", "3,041.67", "Insight Analytics Consulting", "S10957", "", "Public Health", "Consultancy", "PH-INT-01");
        // Health: £13,400 in one payment on a £12,000 contract (R2)
        spend(lines, "26/01/2016", "400247", "13,400.00", "Datawise Health Systems Ltd", "S10963", "07962158", "Public Health", "Software licences", "PH-HC-02");
        // Resources: a grant payment under a signed agreement, matched on the recipient's company number
        spend(lines, "11/01/2016", "400116", "15,000.00", "Tower Voluntary Action", "S12002", "04721096", "Resources", GRANT, "RES-VCS-01");
        write(file, lines, StandardCharsets.UTF_8);
    }

    private static void spend(List<String> lines, String date, String transaction, String amount, String supplier,
                              String supplierId, String company, String area, String type, String costCentre) {
        lines.add(String.join(",", BODY, date, transaction, quote(amount), quote(supplier), supplierId, company,
                quote(area), quote(type), costCentre));
    }

    private static void writeReceipts(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("Receipt Date,Receipt Reference,Disposal Reference,UPRN,Description,Amount,Department");
        lines.add("15/01/2016,CR-2016-0007,PL-DSP-15-007,100023336956,\"Premium, lease of Unit 3 Cotall Street\",\"680,000.00\",Place");
        lines.add("08/01/2016,CR-2016-0004,,6094305562,Transfer of highway strip at Bow Common Lane to TfL,\"85,000.00\",Place");
        lines.add("22/01/2016,CR-2016-0011,RES-DSP-15-013,6094075982,\"Premium, lease of former Cubitt Town Library\",\"557,500.00\",Resources");
        lines.add("27/01/2016,CR-2016-0014,,6094999001,Sale of land at Wick Lane,\"95,000.00\",Place");
        write(file, lines, StandardCharsets.UTF_8);
    }

    /** January's health return, less nothing, plus PH-2015-011 (gone in January) and PH-2015-027 at £30,000. */
    private static void writeDecemberHealthReturn(Path january, Path december) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(january, WINDOWS_1252));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("PH-2015-027,")) {
                lines.set(i, lines.get(i).replace("\"£36,500.00\",\"£18,250.00\"", "\"£30,000.00\",\"£15,000.00\""));
            }
        }
        lines.add("PH-2015-011,Health trainers service,Public Health,Active Lives Health Trainers Ltd,08845120,Y,N,"
                + "\"£60,000.00\",\"£30,000.00\",01/04/2015,31/03/2017,,Quotation,,,ET-2015-0033,CCR-00391,Y,Y,Y,Y,"
                + "20/03/2015,Y,Colin Reeves,Services");
        write(december, lines, WINDOWS_1252);
    }

    private static String quote(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static void write(Path file, List<String> lines, Charset charset) throws IOException {
        Files.writeString(file, String.join("\r\n", lines) + "\r\n", charset);
    }
}
