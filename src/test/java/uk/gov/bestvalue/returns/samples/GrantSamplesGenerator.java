package uk.gov.bestvalue.returns.samples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the January 2016 sample grant agreements returns that input-samples/grants.md describes: a clean
 * one (Resources), one breaking G1-G6 (Children's), a messy hand-made one that funds a Children's grant
 * twice (Adults', G7), and a 360Giving export from the grants system (Place).
 */
public final class GrantSamplesGenerator {

    /** The grants template's column titles (columns A to V), the spec's usual titles in spec order. */
    private static final String[] TEMPLATE_TITLES = {
        "Grant Reference", "Title", "Grant Programme", "Theme", "Recipient Name", "Charity Number", "Company Number",
        "Amount Awarded", "Award Date", "Decision Reference", "Decision Date", "Agreement Signed",
        "Agreement Signed Date", "Planned Start", "Planned End", "Outputs Specified", "Specification Type",
        "Payments to Date", "First Payment Date", "Last Monitoring Visit", "Evaluation Commissioned", "Beneficiary Ward"};

    /** The Adults' directorate's own register: its own titles, no theme, and a notes column the pipeline ignores. */
    private static final String[] ADULTS_TITLES = {
        "Grant Ref", "Purpose", "Programme", "Organisation Name", "Charity No", "Company No", "Grant Amount",
        "Date Awarded", "Decision Ref", "Date of Decision", "Grant Agreement Signed", "Date Agreement Signed",
        "Grant Start Date", "Grant End Date", "Outputs and Outcomes Agreed", "Type of Grant", "Paid to Date",
        "Date of First Payment", "Monitoring Visit Date", "Independent Evaluation", "Ward", "Notes"};

    /** The 360Giving Data Standard's columns as the grants system exports them (columns A to Q). */
    private static final String[] GIVING_TITLES = {
        "Identifier", "Title", "Description", "Currency", "Amount Awarded", "Award Date", "Recipient Org:Identifier",
        "Recipient Org:Name", "Recipient Org:Charity Number", "Recipient Org:Company Number", "Funding Org:Identifier",
        "Funding Org:Name", "Grant Programme:Title", "Planned Dates:Start Date", "Planned Dates:End Date",
        "Beneficiary Location:Name", "Last modified"};

    private static final String MGP = "Mainstream Grants Programme 2015-18";
    private static final String CHEST = "Community Chest 2015-16";
    /** Cabinet approved the Mainstream Grants Programme 2015-18 on 04/03/2015; awards were made the next day. */
    private static final String CABINET = "CAB/2015/031";

    /** When the samples claim to have been saved, fixed so that every run writes the same content. */
    private static final Date SAVED_AT = Date.from(Instant.parse("2016-01-29T09:00:00Z"));

    private static final Object BLANK = null;

    private GrantSamplesGenerator() {
    }

    /** Writes every grants sample into the folder given as the first argument (default {@code input-samples}). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "input-samples");
        Files.createDirectories(folder);
        write(folder.resolve("resources-grants-2016-01.xlsx"), GrantSamplesGenerator::resources);
        write(folder.resolve("childrens-grants-2016-01.xlsx"), GrantSamplesGenerator::childrens);
        write(folder.resolve("adults-grants-2016-01.xlsx"), GrantSamplesGenerator::adults);
        write(folder.resolve("place-grants-360giving-2016-01.xlsx"), GrantSamplesGenerator::place360Giving);
        System.out.println("Wrote the grants samples to " + folder.toAbsolutePath());
    }

    // ------------------------------------------------------------------ 1. Resources: clean

    /** A clean return: every grant satisfies G1-G6, and none is funded by another directorate. */
    private static void resources(Cells cells) {
        cells.cover("Resources", "2016-01", "Rajesh Patel", "r.patel@council.example.gov.uk");
        Table t = cells.table("Grants", 1, TEMPLATE_TITLES);
        // Each row lists TEMPLATE_TITLES in order, three lines per row: the grant and its recipient (A-G); award,
        // decision, agreement and dates (H-O); specification, payments, monitoring, evaluation and ward (P-V).
        t.row("RES-MGP-001", "Welfare benefits and debt advice", MGP, "Financial inclusion", "Bow Community Advice Centre", "1087412", "04177235",
                135_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 20), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 33_750.00, date(2015, 4, 10), date(2015, 10, 14), "N", "Bow East");
        t.row("RES-MGP-002", "Volunteer centre and voluntary sector infrastructure support", MGP, "Stronger communities", "Tower Voluntary Action", "1098231", "04721096",
                180_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 23), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Capacity building", 45_000.00, date(2015, 4, 10), date(2015, 12, 2), "Y", "Borough-wide");
        t.row("RES-MGP-003", "Digital inclusion for older residents", MGP, "Financial inclusion", "Silver Surfers Poplar", "1142207", BLANK,
                24_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 27), date(2015, 4, 1), date(2016, 3, 31),
                "Y", "Innovative pilot", 18_000.00, date(2015, 4, 14), date(2015, 11, 19), "Y", "Poplar");
        // Ended 31/12/2015, before the period: not live, so its September visit raises no G5 warning.
        t.row("RES-CC-014", "Tenants' money advice drop-in", CHEST, "Financial inclusion", "Lansbury Community Money Mentors CIO", "1160328", BLANK,
                4_800.00, date(2015, 6, 15), "ODR-2015-118", date(2015, 6, 12), "Y", date(2015, 6, 26), date(2015, 7, 1), date(2015, 12, 31),
                "Y", "Capacity building", 4_800.00, date(2015, 7, 3), date(2015, 9, 18), "N", "Lansbury");
        // A community interest company: identified by its Companies House number alone.
        t.row("RES-MGP-004", "Employment support for residents with disabilities", MGP, "Employment and skills", "Working Futures East London CIC", BLANK, "07284519",
                150_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 19), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 37_500.00, date(2015, 4, 10), date(2015, 9, 9), "N", "Mile End");
        // Awarded this month, starting in April: nothing paid and no agreement yet, which G1 allows.
        t.row("RES-CC-021", "Family learning in English", CHEST, "Employment and skills", "Limehouse Learning Trust", "1119874", BLANK,
                7_500.00, date(2016, 1, 14), "ODR-2016-004", date(2016, 1, 11), "N", BLANK, date(2016, 4, 1), date(2017, 3, 31),
                "Y", "Capacity building", BLANK, BLANK, BLANK, "N", "Limehouse");
        t.row("RES-MGP-005", "Legal advice on housing and immigration", MGP, "Financial inclusion", "Island Law Centre", "1076655", "03690112",
                210_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 20), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 52_500.00, date(2015, 4, 10), date(2016, 1, 22), "Y", "Island Gardens");
        // Visited on 01/08/2015, the first day of the 6-month monitoring window.
        t.row("RES-MGP-006", "Food bank and emergency support", MGP, "Financial inclusion", "Stepney Green Food Bank", "1150923", BLANK,
                60_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 25), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 15_000.00, date(2015, 4, 10), date(2015, 8, 1), "N", "Stepney Green");
    }

    // ------------------------------------------------------------------ 2. Children's: G1-G6 (and G7 at publish)

    /** Breaks the agreement, payment, decision, specification, monitoring and identification rules (G1-G6). */
    private static void childrens(Cells cells) {
        cells.cover("Children's Services", date(2016, 1, 1), "Joanne Smith", "j.smith@council.example.gov.uk");
        Table t = cells.table("Grants", 1, TEMPLATE_TITLES);
        t.row("CSF-MGP-011", "Supplementary schools - Saturday learning", MGP, "Children and young people", "Shadwell Bengali Supplementary School", "1109981", BLANK,
                72_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 24), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Capacity building", 18_000.00, date(2015, 4, 10), date(2015, 11, 4), "N", "Shadwell");
        // G1 at L3: £15,000 paid with no signed grant agreement.
        t.row("CSF-MGP-012", "Youth club evening sessions", MGP, "Children and young people", "Poplar Youth Forum", "1133402", BLANK,
                60_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "N", BLANK, date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 15_000.00, date(2015, 4, 10), date(2015, 10, 21), "N", "Poplar");
        // G1 at M4: first paid on 10/04/2015, but the agreement was only signed on 12/05/2015.
        t.row("CSF-MGP-014", "Detached youth work on Bethnal Green estates", MGP, "Children and young people", "Streetlink Youth Project", "1121087", "06235518",
                90_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 5, 12), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 22_500.00, date(2015, 4, 10), date(2015, 12, 9), "N", "Bethnal Green");
        // G2 at R5: £48,750 paid on a £45,000 award.
        t.row("CSF-MGP-015", "Holiday play schemes", MGP, "Children and young people", "Mile End Adventure Play", "1088140", BLANK,
                45_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 20), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 48_750.00, date(2015, 4, 10), date(2015, 8, 26), "N", "Mile End");
        // G3 at J6: no decision reference (and no decision date).
        t.row("CSF-CC-007", "Girls' football coaching", CHEST, "Children and young people", "Bromley-by-Bow Girls FC CIO", "1158877", BLANK,
                3_000.00, date(2015, 8, 17), BLANK, BLANK, "Y", date(2015, 8, 24), date(2015, 9, 1), date(2016, 7, 31),
                "Y", "Capacity building", 1_500.00, date(2015, 9, 2), date(2015, 12, 10), "N", "Bromley North");
        // G3 at K7: awarded on 02/03/2015, two days before Cabinet decided on 04/03/2015.
        t.row("CSF-MGP-017", "Support for parents of disabled children", MGP, "Children and young people", "Island Parent Carers Forum", "1145530", BLANK,
                54_000.00, date(2015, 3, 2), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 26), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 13_500.00, date(2015, 4, 10), date(2015, 10, 6), "N", "Blackwall and Cubitt Town");
        // G4 at P8: outputs and outcomes not specified.
        t.row("CSF-MGP-018", "Early years speech and language", MGP, "Children and young people", "Talk Together East London", "1152093", BLANK,
                36_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 30), date(2015, 4, 1), date(2018, 3, 31),
                "N", "Innovative pilot", 9_000.00, date(2015, 4, 14), date(2015, 11, 25), "Y", "Spitalfields and Banglatown");
        // G4 at Q9: "Core funding" is not one of the three specification types.
        t.row("CSF-MGP-019", "After-school homework club", MGP, "Children and young people", "Whitechapel Homework Club", "1097345", BLANK,
                27_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 18), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Core funding", 6_750.00, date(2015, 4, 10), date(2015, 9, 30), "N", "Whitechapel");
        // G5 (warning) at T10: live, but last visited on 12/06/2015, before August 2015.
        t.row("CSF-MGP-021", "Mentoring for young people leaving care", MGP, "Children and young people", "Next Step Mentoring", "1128764", "06721093",
                81_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 20), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 20_250.00, date(2015, 4, 10), date(2015, 6, 12), "Y", "St Dunstan's");
        // G6 at F11: an unregistered football club, with no charity or company number.
        t.row("CSF-CC-011", "Kit and pitch hire for under-11s", CHEST, "Children and young people", "Weavers Fields Under-11s Football Club", BLANK, BLANK,
                2_500.00, date(2015, 9, 21), "ODR-2015-164", date(2015, 9, 18), "Y", date(2015, 10, 5), date(2015, 10, 1), date(2016, 9, 30),
                "Y", "Capacity building", 2_500.00, date(2015, 10, 12), date(2015, 12, 15), "N", "Weavers");
        // G7 (warning, at publish) at A12: Adults' Services funds the same charity for the same purpose (ASC-GR-15-002).
        t.row("CSF-MGP-023", "Young Carers' Support Service", MGP, "Children and young people", "Tower Carers Centre", "1091233", "04378812",
                96_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 20), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 24_000.00, date(2015, 4, 10), date(2015, 11, 20), "N", "Borough-wide");
        t.row("CSF-MGP-024", "Breakfast clubs in primary schools", MGP, "Children and young people", "Stepney Breakfast Club Network", "1139015", BLANK,
                54_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Y", date(2015, 3, 27), date(2015, 4, 1), date(2018, 3, 31),
                "Y", "Mainstream service delivery", 13_500.00, date(2015, 4, 10), date(2016, 1, 8), "N", "Stepney Green");
    }

    // ------------------------------------------------------------------ 3. Adults': messy, and G7 with Children's

    /**
     * The directorate's own register: notes above the header (the directorate and period among them), its
     * own titles, amounts and dates typed as text, a blank row and a totals row.
     */
    private static void adults(Cells cells) {
        Sheet sheet = cells.sheet("VCS grants 2015-16");
        cells.row(sheet, 1, "Adults' Services - voluntary and community sector grants register");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
        sheet.getRow(0).getCell(0).setCellStyle(cells.title);
        cells.row(sheet, 2, "Directorate: Adult Social Care");
        cells.row(sheet, 3, "Period: January 2016");
        cells.row(sheet, 4, "Paid to date is from the grants ledger at 29/01/2016 and excludes accruals.");
        // Row 5 is left empty; the header is on row 6.
        Table t = cells.table(sheet, 6, ADULTS_TITLES);
        int first = t.nextRow();
        // Each row lists ADULTS_TITLES in order, three lines per row: the grant and its recipient (A-F); award,
        // decision, agreement and dates (G-N); specification, payments, monitoring, evaluation, ward and notes (O-V).
        t.row("ASC-GR-15-001", "Lunch clubs for older people", MGP, "Age Well East End", "1084519", BLANK,
                "£126,000.00", "05/03/2015", CABINET, "04/03/2015", "Yes", "20/03/2015", "01/04/2015", "31/03/2018",
                "Yes", "Mainstream service delivery", "£31,500.00", "10/04/2015", "03/12/2015", "No", "Bow West", BLANK);
        // The same charity (its number typed with a space) and purpose as Children's CSF-MGP-023: G7 on the
        // Children's return, which is published after this one.
        t.row("ASC-GR-15-002", "Young carers support service", "MGP 2015-18", "TOWER CARERS CENTRE", "1091 233", BLANK,
                "£48,000", "5 Mar 2015", CABINET, "2015-03-04", "Y", "2015-03-23", "Apr-15", "31 Mar 2018",
                "Y", "mainstream service delivery", "£12,000", "14/04/2015", "19/10/2015", "N", "Borough-wide",
                "Joint working with Children's Services on young carers' assessments");
        // G5 (warning) at S9: last visited on 15 Jul 2015, before August 2015.
        t.row("ASC-GR-15-003", "Dementia cafe and carers' peer support", MGP, "Memory Lane Cafe Bethnal Green", "1148861", BLANK,
                "36,000", "05/03/2015", CABINET, "04/03/2015", "Yes", "27/03/2015", "01/04/2015", "31/03/2018",
                "Yes", "Innovative pilot", "9,000", "10/04/2015", "15 Jul 2015", "Yes", "Bethnal Green",
                "Visit rescheduled - officer vacancy");
        // A blank row left in the middle of the data: skipped, not counted.
        t.blankRow();
        t.row("ASC-GR-15-004", "Befriending for isolated older residents", MGP, "Island Befrienders", "1119120", "05933271",
                84_000.00, date(2015, 3, 5), CABINET, date(2015, 3, 4), "Yes", date(2015, 3, 19), date(2015, 4, 1), date(2018, 3, 31),
                "Yes", "Mainstream service delivery", 21_000.00, date(2015, 4, 10), date(2016, 1, 5), "No", "Island Gardens", BLANK);
        // A company number that lost its leading zero (8814402 is 08814402); Agreement Signed a real TRUE cell.
        t.row("ASC-GR-15-005", "Mental health recovery college", MGP, "Recovery Works CIC", BLANK, "8814402",
                "45k", "05/03/2015", CABINET, "04/03/2015", true, "26/03/2015", "01/04/2015", "31/03/2016",
                "Yes", "Innovative Pilot", "33,750", "14/04/2015", "11/11/2015", "Yes", "Mile End", BLANK);
        t.row("ASC-GR-15-006", "Advocacy for people with learning disabilities", MGP, "Speaking Up East London", "1103371", BLANK,
                "£99,000.00", "05/03/2015", CABINET, "04/03/2015", "Yes", "24/03/2015", "01/04/2015", "31/03/2018",
                "Yes", "Mainstream service delivery", "£24,750.00", "10/04/2015", "17/09/2015", "No", "Borough-wide", BLANK);
        int last = t.nextRow() - 1;
        // The totals row: a label and a SUM of the amount column; not a grant.
        Object[] totals = new Object[ADULTS_TITLES.length];
        totals[1] = "Total awarded";
        totals[6] = new Formula("SUM(G" + first + ":G" + last + ")");
        t.row(totals);
        XSSFFormulaEvaluator.evaluateAllFormulaCells(cells.workbook);
    }

    // ------------------------------------------------------------------ 4. Place: a 360Giving export

    /**
     * The grants system's 360Giving export, loaded as it is: one sheet {@code grants}, no cover (the directorate
     * and period come from the file name), and none of the columns of the council's own checks, so every grant
     * has G3 and two G4 findings and every live one a G5 warning, all at its Identifier (column A).
     */
    private static void place360Giving(Cells cells) {
        Table t = cells.table("grants", 1, GIVING_TITLES);
        String funder = "GB-LAE-XMP";
        String council = "London Borough of Example";
        String modified = "2016-01-25T10:14:00+00:00";
        // Each row lists GIVING_TITLES in order, three lines per row: the grant (A-F); the recipient (G-J);
        // the funder, programme, planned dates, ward and last change (K-Q).
        t.row("360G-LBX-PL-MGP-031", "Community food growing", "Food growing sessions and a community orchard for residents of the Shadwell estates.", "GBP", 66_000.00, "2015-03-05",
                "GB-CHC-1126674", "Shadwell Basin Community Garden", "1126674", BLANK,
                funder, council, MGP, "2015-04-01", "2018-03-31", "Shadwell", modified);
        t.row("360G-LBX-PL-MGP-032", "Estate environmental volunteering", "Volunteer clean-ups and planting on housing estates.", "GBP", 57_000.00, "2015-03-05",
                "GB-COH-07345512", "Green Estates Partnership CIC", BLANK, "07345512",
                funder, council, MGP, "2015-04-01", "2018-03-31", "Lansbury", modified);
        // Identified by its 360Giving organisation identifier alone (GB-CHC-...): no G6.
        t.row("360G-LBX-PL-MGP-033", "Cycling confidence for women", "Cycle training and led rides for women new to cycling.", "GBP", 30_000.00, date(2015, 3, 5),
                "GB-CHC-1140045", "Pedal Power East", BLANK, BLANK,
                funder, council, MGP, "2015-04-01", "2018-03-31", "Bow West", modified);
        // G6 at I5: an unregistered residents' association, identified only by the council's own org id.
        // Ended 30/09/2015, so it is not live: no G5.
        t.row("360G-LBX-PL-CC-009", "Residents' summer festival", "A one-day festival on Millwall Park for residents of Cubitt Town.", "GBP", 1_500.00, "2015-05-18",
                "360G-LBX-ORG-0042", "Cubitt Town Residents Association", BLANK, BLANK,
                funder, council, CHEST, "2015-06-01", "2015-09-30", "Blackwall and Cubitt Town", modified);
        // Awarded this month, starting in February: not yet live, no G5.
        t.row("360G-LBX-PL-CC-015", "Bulb planting on Mile End Road verges", "Spring bulbs planted by volunteers along Mile End Road.", "GBP", 2_000.00, "2016-01-14",
                "GB-CHC-1093327", "Mile End Old Town Residents' Association", "1093327", BLANK,
                funder, council, CHEST, "2016-02-01", "2016-07-31", "Mile End", modified);
        t.row("360G-LBX-PL-MGP-036", "Heritage open days and local history walks", "Guided walks, open days and a local history archive.", "GBP", 42_000.00, "2015-03-05",
                "GB-CHC-1071820", "Limehouse Heritage Trust", "1071820", BLANK,
                funder, council, MGP, "2015-04-01", "2018-03-31", "Limehouse", modified);
        // A company number that lost its leading zero: still identified.
        t.row("360G-LBX-PL-MGP-037", "Market traders' apprenticeships", "Apprenticeships with independent traders on Roman Road market.", "GBP", 75_000.00, "2015-03-05",
                "GB-COH-09110486", "Roman Road Traders Network Ltd", BLANK, "9110486",
                funder, council, MGP, "2015-04-01", "2018-03-31", "Bow West", modified);
    }

    // ------------------------------------------------------------------ writing helpers

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** What a sample fills a fresh workbook with. */
    private interface Content {
        void fill(Cells cells);
    }

    private static void write(Path file, Content content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            content.fill(cells);
            cells.fixProperties();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
    }

    /** A formula cell. */
    private record Formula(String expression) {
    }

    /**
     * Writes typed values into a workbook: a Double is money (£#,##0.00), a LocalDate a real date (dd/mm/yyyy),
     * a Boolean a TRUE/FALSE cell, a String text, a Formula a formula and null a blank cell.
     */
    private static final class Cells {
        private final XSSFWorkbook workbook;
        private final CellStyle money;
        private final CellStyle date;
        private final CellStyle monthYear;
        private final CellStyle header;
        private final CellStyle title;

        Cells(XSSFWorkbook workbook) {
            this.workbook = workbook;
            this.money = format("£#,##0.00");
            this.date = format("dd/mm/yyyy");
            this.monthYear = format("mmm-yy");
            this.header = bold(12);
            this.title = bold(14);
        }

        private CellStyle format(String pattern) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(pattern));
            return style;
        }

        private CellStyle bold(int points) {
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) points);
            CellStyle style = workbook.createCellStyle();
            style.setFont(font);
            return style;
        }

        Sheet sheet(String name) {
            return workbook.createSheet(name);
        }

        /** The Cover sheet the pipeline reads the directorate and period from: labels in A, values in B. */
        void cover(String directorate, Object period, String submittedBy, String email) {
            Sheet sheet = sheet("Cover");
            row(sheet, 1, "Return", "Grant agreements");
            row(sheet, 2, "Directorate", directorate);
            row(sheet, 3, "Period", period);
            if (period instanceof LocalDate) {
                sheet.getRow(2).getCell(1).setCellStyle(monthYear);
            }
            row(sheet, 4, "Submitted by", submittedBy);
            row(sheet, 5, "Contact email", email);
            sheet.setColumnWidth(0, 16 * 256);
            sheet.setColumnWidth(1, 40 * 256);
        }

        /** A new sheet with a bold header row at the given 1-based row. */
        Table table(String sheetName, int headerRow, String[] titles) {
            return table(sheet(sheetName), headerRow, titles);
        }

        Table table(Sheet sheet, int headerRow, String[] titles) {
            row(sheet, headerRow, (Object[]) titles);
            for (Cell cell : sheet.getRow(headerRow - 1)) {
                cell.setCellStyle(header);
                sheet.setColumnWidth(cell.getColumnIndex(), Math.max(12, titles[cell.getColumnIndex()].length() + 4) * 256);
            }
            sheet.createFreezePane(0, headerRow);
            return new Table(this, sheet, headerRow + 1, titles.length);
        }

        /** Writes the values from column A of the given 1-based row; a null leaves the cell blank. */
        void row(Sheet sheet, int rowNumber, Object... values) {
            Row row = sheet.createRow(rowNumber - 1);
            for (int column = 0; column < values.length; column++) {
                if (values[column] != null) {
                    set(row.createCell(column), values[column]);
                }
            }
        }

        private void set(Cell cell, Object value) {
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Double amount) {
                cell.setCellValue(amount);
                cell.setCellStyle(money);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.expression());
                cell.setCellStyle(money);
            } else {
                throw new IllegalArgumentException("Cannot write " + value.getClass() + " to a cell");
            }
        }

        /** Fixed document properties, so every run writes the same content. */
        void fixProperties() {
            var core = workbook.getProperties().getCoreProperties();
            core.setCreated(Optional.of(SAVED_AT));
            core.setModified(Optional.of(SAVED_AT));
            core.setCreator("Best Value returns samples");
        }
    }

    /** Appends rows below a header, one call per spreadsheet row, so each sample reads like a table. */
    private static final class Table {
        private final Cells cells;
        private final Sheet sheet;
        private final int width;
        private int next;

        Table(Cells cells, Sheet sheet, int firstRow, int width) {
            this.cells = cells;
            this.sheet = sheet;
            this.next = firstRow;
            this.width = width;
        }

        int nextRow() {
            return next;
        }

        /** Writes the next row; it must have one value (or BLANK) per column, so no cell lands in the wrong column. */
        void row(Object... values) {
            if (values.length != width) {
                throw new IllegalArgumentException("Row " + next + " has " + values.length + " values for " + width + " columns");
            }
            cells.row(sheet, next++, values);
        }

        void blankRow() {
            next++;
        }
    }
}
