package uk.gov.bestvalue.returns.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the January 2016 sample procurement contracts returns (clean, broken, messy, damaged and
 * unrecognised) that input-samples/README.md describes and the functional tests feed to the pipeline.
 */
public final class InputSamplesGenerator {

    /** The data sheet name the procurement spec tries first. */
    private static final String CONTRACTS = "Contracts";

    /** The primary column titles of the procurement spec, in spec order (columns A to Y). */
    private static final String[] SPEC_TITLES = {
        "Contract Reference", "Title", "Service", "Supplier Name", "Companies House Number", "SME", "VCSE",
        "Total Value", "Annual Value", "Start Date", "End Date", "Review Date", "Procurement Route",
        "Waiver Reference", "Waiver Approval Reference", "E-tender Reference", "Contracts Register Reference",
        "Declaration of Interest", "LLW Applicable", "LLW Included", "Contract Signed", "Signed Date",
        "Supplier Briefing Held", "Contract Manager", "Category"};

    /**
     * The place directorate's own template: alias titles, its own column order, no review date and a
     * free-text comments column the pipeline must ignore.
     */
    private static final String[] PLACE_TITLES = {
        "Ref", "Contract Description", "Name of supplier", "Company Number", "Service Area", "Category",
        "Route", "Value (£)", "Value per Annum", "Commencement Date", "Expiry Date", "Portal Reference",
        "CCR Ref", "Waiver Ref", "Waiver Approval", "DOI Captured", "London Living Wage Applicable",
        "London Living Wage Included", "Signed", "Date Signed", "Supplier Briefing", "Contract Owner",
        "SME (Y/N)", "VCSE (Y/N)", "Comments"};

    /** When the samples claim to have been saved, fixed so that every run writes the same content. */
    private static final Date SAVED_AT = Date.from(Instant.parse("2016-01-29T09:00:00Z"));

    /** Kept for readability of the tables: a blank cell. */
    private static final Object BLANK = null;

    private InputSamplesGenerator() {
    }

    /** Writes every sample into the folder given as the first argument (default {@code input-samples}). */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "input-samples");
        Files.createDirectories(folder);
        writeXlsx(folder.resolve("resources-procurement-2016-01.xlsx"), InputSamplesGenerator::resources);
        writeXlsx(folder.resolve("childrens-procurement-2016-01.xlsx"), InputSamplesGenerator::childrens);
        writeXls(folder.resolve("adults-procurement-2016-01.xls"), InputSamplesGenerator::adults);
        writeXlsx(folder.resolve("place-procurement-2016-01.xlsx"), InputSamplesGenerator::place);
        writeHealthCsv(folder.resolve("health-procurement-2016-01.csv"));
        writeCorrupt(folder.resolve("corrupt-procurement-2016-01.xlsx"));
        writeXlsx(folder.resolve("staff-survey-2016-01.xlsx"), InputSamplesGenerator::staffSurvey);
        System.out.println("Wrote the input samples to " + folder.toAbsolutePath());
    }

    // ------------------------------------------------------------------ 1. Resources: clean

    /** A clean return: every row satisfies P1-P8, so the file loads with no findings. */
    private static void resources(Cells cells) {
        cells.cover("Resources", "2016-01", "Rajesh Patel", "r.patel@council.example.gov.uk");
        Table t = cells.table(CONTRACTS, 1, SPEC_TITLES);
        // Each row lists the SPEC_TITLES columns in order, four lines per row: identity and flags (A-G); money,
        // dates and route (H-M); references, declarations, signature, briefing, manager and category (N-Y).
        t.row("RES-2015-004", "ICT managed service", "Digital Services", "Brightwell Digital Services Ltd", "06284417", "N", "N",
                4_800_000.00, 960_000.00, date(2015, 4, 1), date(2020, 3, 31), date(2017, 9, 30), "Restricted",
                BLANK, BLANK, "ET-2014-0211", "CCR-00388", "Y", "Y", "Y", "Y", date(2015, 3, 12), "Y", "Helen Marsh", "Services");
        t.row("RES-2015-009", "Property law advice - call-off", "Legal Services", "Fenwick Rowe Solicitors Ltd", "07731905", "Y", "N",
                85_000.00, 42_500.00, date(2015, 6, 1), date(2017, 5, 31), date(2016, 11, 30), "Framework call-off",
                BLANK, BLANK, "ET-2015-0098", "CCR-00396", "Y", "N", BLANK, "Y", date(2015, 5, 20), "Y", "Daniel Okoro", "Services");
        t.row("RES-2015-012", "Temporary agency staff", "Human Resources", "Capital Resourcing Partners Ltd", "05918360", "N", "N",
                1_200_000.00, 600_000.00, date(2015, 7, 1), date(2017, 6, 30), date(2016, 12, 31), "Framework call-off",
                BLANK, BLANK, "ET-2015-0121", "CCR-00399", "Y", "Y", "Y", "Y", date(2015, 6, 18), "Y", "Priya Shah", "Services");
        t.row("RES-2014-031", "Facilities management - Town Hall and civic offices", "Corporate Property", "Mulberry Facilities Management PLC", "03377218", "N", "N",
                2_350_000.00, 470_000.00, date(2014, 10, 1), date(2019, 9, 30), date(2017, 3, 31), "Restricted",
                BLANK, BLANK, "ET-2014-0144", "CCR-00352", "Y", "Y", "Y", "Y", date(2014, 9, 8), "Y", "Mark Ellison", "Services");
        t.row("RES-2015-017", "Payroll and HR system licences", "Digital Services", "Payline Systems Ltd", "08815532", "Y", "N",
                48_000.00, 16_000.00, date(2015, 9, 1), date(2018, 8, 31), date(2016, 8, 31), "Open",
                BLANK, BLANK, "ET-2015-0150", "CCR-00403", "Y", "N", BLANK, "Y", date(2015, 8, 24), "Y", "Helen Marsh", "Supplies");
        // Under £25,000: no central register reference is needed (P1), the e-tender reference still is (P3).
        t.row("RES-2015-021", "Printing and mailing of council tax bills", "Revenues and Benefits", "Docklands Print & Mail Ltd", "09412077", "Y", "N",
                18_500.00, 18_500.00, date(2016, 2, 1), date(2017, 1, 31), BLANK, "Quotation",
                BLANK, BLANK, "ET-2015-0201", BLANK, "Y", "Y", "Y", "Y", date(2016, 1, 14), "Y", "Grace Adeyemi", "Services");
        // A clean waiver: below the public threshold, with waiver, approval and register references.
        t.row("RES-2015-023", "Pension fund actuarial advice", "Pensions", "Ashdown Actuarial Consulting Ltd", "04490613", "Y", "N",
                42_000.00, 14_000.00, date(2015, 10, 1), date(2018, 9, 30), date(2017, 4, 1), "Waiver",
                "WVR-2015-017", "Approved by CFO 03/09/2015", BLANK, "CCR-00401", "Y", "N", BLANK, "Y", date(2015, 9, 21), "Y", "Thomas Byrne", "Services");
        t.row("RES-2015-025", "Insurance broking services", "Risk and Insurance", "Harbour Insurance Brokers Ltd", "02976144", "N", "N",
                120_000.00, 40_000.00, date(2015, 11, 1), date(2018, 10, 31), date(2017, 5, 1), "Open",
                BLANK, BLANK, "ET-2015-0163", "CCR-00407", "Y", "N", BLANK, "Y", date(2015, 10, 19), "Y", "Thomas Byrne", "Services");
        // Starts in January 2016, so the 2016 services threshold (£164,176) applies: competitive and briefed.
        t.row("RES-2016-001", "Cleaning of civic buildings", "Corporate Property", "Sparkle Commercial Cleaning Ltd", "07102958", "N", "N",
                640_000.00, 213_333.33, date(2016, 1, 4), date(2019, 1, 3), date(2017, 7, 3), "Open",
                BLANK, BLANK, "ET-2015-0176", "CCR-00418", "Y", "Y", "Y", "Y", date(2015, 12, 16), "Y", "Mark Ellison", "Services");
        t.row("RES-2015-027", "Office stationery and consumables", "Procurement", "Officeline Supplies Ltd", "06650471", "N", "N",
                36_000.00, 18_000.00, date(2015, 8, 1), date(2017, 7, 31), BLANK, "Framework call-off",
                BLANK, BLANK, "ET-2015-0133", "CCR-00398", "Y", "N", BLANK, "Y", date(2015, 7, 22), "Y", "Grace Adeyemi", "Supplies");
        t.row("RES-2015-029", "Internal audit co-sourced service", "Audit and Risk", "Carrington Audit Partners Ltd", "08247716", "Y", "N",
                95_000.00, 31_666.67, date(2015, 4, 1), date(2018, 3, 31), date(2016, 9, 30), "Restricted",
                BLANK, BLANK, "ET-2015-0041", "CCR-00384", "Y", "N", BLANK, "Y", date(2015, 3, 25), "Y", "Thomas Byrne", "Services");
        t.row("RES-2015-033", "Corporate mobile telephony", "Digital Services", "Metrovoice Communications PLC", "04118893", "N", "N",
                210_000.00, 105_000.00, date(2015, 11, 1), date(2017, 10, 31), date(2016, 10, 31), "Framework call-off",
                BLANK, BLANK, "ET-2015-0158", "CCR-00410", "Y", "N", BLANK, "Y", date(2015, 10, 26), "Y", "Helen Marsh", "Services");
    }

    // ------------------------------------------------------------------ 2. Children's: P1-P4

    /** Breaks the register, waiver, e-tendering and declaration of interest rules (P1-P4). */
    private static void childrens(Cells cells) {
        cells.cover("Children's Services", date(2016, 1, 1), "Joanne Smith", "j.smith@council.example.gov.uk");
        Table t = cells.table(CONTRACTS, 1, SPEC_TITLES);
        t.row("CSF-2015-018", "School meals catering", "Education", "Harvest Kitchen Catering Ltd", "07345126", "N", "N",
                3_600_000.00, 1_200_000.00, date(2015, 9, 1), date(2018, 8, 31), date(2017, 3, 1), "Restricted",
                BLANK, BLANK, "ET-2015-0112", "CCR-00395", "Y", "Y", "Y", "Y", date(2015, 8, 14), "Y", "Sarah Whitfield", "Services");
        t.row("CSF-2015-020", "Youth services - detached youth work", "Youth and Play", "Streetwise Youth Trust Ltd", "08630274", "Y", "Y",
                480_000.00, 160_000.00, date(2015, 4, 1), date(2018, 3, 31), date(2016, 9, 30), "Open",
                BLANK, BLANK, "ET-2014-0298", "CCR-00381", "Y", "Y", "Y", "Y", date(2015, 3, 20), "Y", "Kwame Mensah", "Services");
        // P1 at Q4: £145,000, competitive, not on the central contracts register.
        t.row("CSF-2015-027", "Home to school transport - SEN routes", "Education", "Westway Passenger Transport Ltd", "05562981", "Y", "N",
                145_000.00, 72_500.00, date(2015, 9, 1), date(2017, 8, 31), date(2016, 8, 31), "Framework call-off",
                BLANK, BLANK, "ET-2015-0117", BLANK, "Y", "Y", "Y", "Y", date(2015, 8, 27), "Y", "Sarah Whitfield", "Services");
        t.row("CSF-2015-029", "Independent fostering agency placements", "Children's Social Care", "Hearthstone Fostering Ltd", "06918453", "N", "N",
                950_000.00, 475_000.00, date(2015, 10, 1), date(2017, 9, 30), date(2016, 10, 1), "Framework call-off",
                BLANK, BLANK, "ET-2015-0139", "CCR-00404", "Y", "Y", "Y", "Y", date(2015, 9, 18), "Y", "Lucy Brennan", "Services");
        // P2 at N6, O6 and Q6: a direct award with no waiver reference, approval or register reference.
        t.row("CSF-2015-031", "Educational psychology assessments", "Education", "Mindful Learning Psychology Ltd", "09034512", "Y", "N",
                38_000.00, 38_000.00, date(2015, 12, 1), date(2016, 11, 30), BLANK, "Direct award",
                BLANK, BLANK, BLANK, BLANK, "Y", "N", BLANK, "Y", date(2015, 11, 23), "Y", "Kwame Mensah", "Services");
        // P2 at O7: a waiver with its reference and register entry but no approval.
        t.row("CSF-2015-033", "SEN specialist tuition", "Education", "Brightstart Tutoring Ltd", "08876230", "Y", "N",
                22_000.00, 22_000.00, date(2015, 11, 2), date(2016, 10, 31), BLANK, "Waiver",
                "WVR-2015-022", BLANK, BLANK, "CCR-00415", "Y", "N", BLANK, "Y", date(2015, 10, 28), "Y", "Kwame Mensah", "Services");
        // P3 at P8: a £12,500 quotation that never went through the e-tendering portal.
        t.row("CSF-2015-035", "Play equipment inspection and repair", "Youth and Play", "Safeplay Inspections Ltd", "07219864", "Y", "N",
                12_500.00, 12_500.00, date(2016, 2, 1), date(2017, 1, 31), BLANK, "Quotation",
                BLANK, BLANK, BLANK, BLANK, "Y", "Y", "Y", "Y", date(2016, 1, 12), "Y", "Lucy Brennan", "Services");
        // P4 at R9: no declaration of interest recorded.
        t.row("CSF-2015-036", "Children's centre cleaning", "Early Years", "Crystal Clean Services Ltd", "06402718", "Y", "N",
                64_000.00, 32_000.00, date(2015, 8, 1), date(2017, 7, 31), date(2016, 8, 1), "Open",
                BLANK, BLANK, "ET-2015-0104", "CCR-00393", BLANK, "Y", "Y", "Y", date(2015, 7, 15), "Y", "Lucy Brennan", "Services");
        // P4 at R10: declaration of interest not captured (N).
        t.row("CSF-2015-038", "Adventure playground management", "Youth and Play", "Adventure Play Partnership Ltd", "07783095", "Y", "Y",
                88_000.00, 44_000.00, date(2015, 6, 1), date(2017, 5, 31), date(2016, 6, 1), "Open",
                BLANK, BLANK, "ET-2015-0072", "CCR-00389", "N", "Y", "Y", "Y", date(2015, 5, 19), "Y", "Kwame Mensah", "Services");
        // Starts in January 2016 above the £164,176 threshold: competitive and briefed.
        t.row("CSF-2016-002", "Family support and early help service", "Children's Social Care", "Cornerstone Family Support Ltd", "08152679", "N", "Y",
                300_000.00, 100_000.00, date(2016, 1, 4), date(2019, 1, 3), date(2017, 1, 4), "Open",
                BLANK, BLANK, "ET-2015-0183", "CCR-00420", "Y", "Y", "Y", "Y", date(2015, 12, 17), "Y", "Lucy Brennan", "Services");
        t.row("CSF-2015-040", "School improvement advisers", "Education", "Learning Horizons Consultancy Ltd", "05827340", "Y", "N",
                75_000.00, 37_500.00, date(2015, 9, 1), date(2017, 8, 31), date(2016, 9, 1), "Framework call-off",
                BLANK, BLANK, "ET-2015-0125", "CCR-00400", "Y", "N", BLANK, "Y", date(2015, 8, 20), "Y", "Sarah Whitfield", "Services");
        // A clean waiver: below the threshold, with waiver, approval and register references.
        t.row("CSF-2015-042", "Specialist residential placement - spot purchase", "Children's Social Care", "Oakfield Children's Homes Ltd", "06071592", "N", "N",
                95_000.00, 95_000.00, date(2015, 10, 12), date(2016, 10, 11), BLANK, "Waiver",
                "WVR-2015-019", "Approved by Corporate Director 02/10/2015", BLANK, "CCR-00409", "Y", "Y", "Y", "Y", date(2015, 10, 9), "Y", "Lucy Brennan", "Services");
    }

    // ------------------------------------------------------------------ 3. Adults' (.xls): P5-P8

    /** A legacy .xls return breaking the living wage, signature, threshold and sanity rules (P5-P8). */
    private static void adults(Cells cells) {
        // An alias of the directorate on the cover, so recognition goes through owners.yml.
        cells.cover("Adult Social Care", date(2016, 1, 1), "Michael Okafor", "m.okafor@council.example.gov.uk");
        Table t = cells.table(CONTRACTS, 1, SPEC_TITLES);
        t.row("ASC-2014-012", "Home care - framework lot 1 (North)", "Adult Social Care", "Carewell Homecare Ltd", "07460318", "N", "N",
                5_400_000.00, 1_350_000.00, date(2014, 11, 1), date(2018, 10, 31), date(2016, 10, 31), "Restricted",
                BLANK, BLANK, "ET-2014-0187", "CCR-00356", "Y", "Y", "Y", "Y", date(2014, 10, 14), "Y", "Angela Price", "Services");
        // P5 at T3: London Living Wage applies but is not included.
        t.row("ASC-2015-021", "Extra care housing support", "Adult Social Care", "Beacon Support Services Ltd", "06839427", "N", "Y",
                720_000.00, 240_000.00, date(2015, 8, 1), date(2018, 7, 31), date(2016, 8, 1), "Open",
                BLANK, BLANK, "ET-2015-0088", "CCR-00391", "Y", "Y", "N", "Y", date(2015, 7, 17), "Y", "Angela Price", "Services");
        // P6 at U4: no signed contract (and therefore no signed date to check).
        t.row("ASC-2015-029", "Carers' assessment and support service", "Commissioning", "Carers Connect Ltd", "08517764", "Y", "Y",
                96_000.00, 48_000.00, date(2015, 10, 1), date(2017, 9, 30), date(2016, 10, 1), "Open",
                BLANK, BLANK, "ET-2015-0131", "CCR-00402", "Y", "Y", "Y", "N", BLANK, "Y", "Femi Adebayo", "Services");
        // P6 at V5: signed, but the date it was signed was not recorded.
        t.row("ASC-2015-033", "Meals on wheels", "Commissioning", "Hot Plate Community Meals Ltd", "07928140", "Y", "N",
                140_000.00, 70_000.00, date(2015, 11, 1), date(2017, 10, 31), date(2016, 11, 1), "Framework call-off",
                BLANK, BLANK, "ET-2015-0160", "CCR-00408", "Y", "Y", "Y", "Y", BLANK, "Y", "Femi Adebayo", "Services");
        // P6 at V6: signed on 14/12/2015, two weeks after the service started on 01/12/2015.
        t.row("ASC-2015-037", "Day opportunities for adults with learning disabilities", "Adult Social Care", "Pathways Day Services Ltd", "08064391", "Y", "Y",
                155_000.00, 77_500.00, date(2015, 12, 1), date(2017, 11, 30), date(2016, 12, 1), "Open",
                BLANK, BLANK, "ET-2015-0171", "CCR-00414", "Y", "Y", "Y", "Y", date(2015, 12, 14), "Y", "Angela Price", "Services");
        // P7 at M7 and W7: a £260,000 waiver above the 2016 services threshold, and no supplier briefing.
        t.row("ASC-2016-002", "Emergency residential care block beds", "Adult Social Care", "Riverside Care Homes Ltd", "05340876", "N", "N",
                260_000.00, 260_000.00, date(2016, 1, 11), date(2017, 1, 10), BLANK, "Waiver",
                "WVR-2015-031", "Approved by Director of Adult Services 18/12/2015", BLANK, "CCR-00433", "Y", "Y", "Y", "Y", date(2016, 1, 8), "N", "Angela Price", "Services");
        // P7 at W8: competitive and above the 2015 services threshold (£172,514), but no supplier briefing.
        t.row("ASC-2015-041", "Telecare monitoring and response", "Commissioning", "SafeLink Telecare Ltd", "07285513", "N", "N",
                390_000.00, 130_000.00, date(2015, 10, 1), date(2018, 9, 30), date(2017, 3, 31), "Open",
                BLANK, BLANK, "ET-2015-0142", "CCR-00405", "Y", "Y", "Y", "Y", date(2015, 9, 24), "N", "Femi Adebayo", "Services");
        // No finding: £2m of works is below the works threshold (£4,322,012), so no briefing is required.
        t.row("ASC-2015-044", "Day centre refurbishment works", "Adult Social Care", "Thameside Construction Ltd", "04726659", "N", "N",
                2_000_000.00, 2_000_000.00, date(2015, 11, 2), date(2016, 10, 31), BLANK, "Restricted",
                BLANK, BLANK, "ET-2015-0096", "CCR-00411", "Y", "Y", "Y", "Y", date(2015, 10, 20), "N", "Femi Adebayo", "Works");
        t.row("ASC-2015-046", "Independent advocacy service", "Commissioning", "Voice Advocacy Partnership Ltd", "08341172", "Y", "Y",
                120_000.00, 40_000.00, date(2015, 7, 1), date(2018, 6, 30), date(2016, 12, 31), "Open",
                BLANK, BLANK, "ET-2015-0080", "CCR-00392", "Y", "Y", "Y", "Y", date(2015, 6, 22), "Y", "Femi Adebayo", "Services");
        // P8 at A11: the reference of the row above typed again in lower case.
        t.row("asc-2015-046", "Independent mental capacity advocacy", "Commissioning", "Voice Advocacy Partnership Ltd", "08341172", "Y", "Y",
                45_000.00, 22_500.00, date(2015, 9, 1), date(2017, 8, 31), BLANK, "Quotation",
                BLANK, BLANK, "ET-2015-0127", "CCR-00397", "Y", "Y", "Y", "Y", date(2015, 8, 26), "Y", "Femi Adebayo", "Services");
        // P8 at K12: the end year typed as 2014, before the start.
        t.row("ASC-2015-048", "Community equipment store", "Adult Social Care", "Mobility Aids Direct Ltd", "06217705", "N", "N",
                68_000.00, 68_000.00, date(2015, 9, 1), date(2014, 8, 31), BLANK, "Framework call-off",
                BLANK, BLANK, "ET-2015-0119", "CCR-00394", "Y", "N", BLANK, "Y", date(2015, 8, 17), "Y", "Angela Price", "Supplies");
        // P8 at H13: a value of 0; with no value above £5,000/£25,000, P1 and P3 do not ask for references.
        t.row("ASC-2016-003", "Interpreting and translation call-off", "Commissioning", "LinguaLink Interpreting Ltd", "09187346", "Y", "N",
                0.00, 0.00, date(2016, 1, 18), date(2017, 1, 17), BLANK, "Framework call-off",
                BLANK, BLANK, BLANK, BLANK, "Y", "N", BLANK, "Y", date(2016, 1, 15), "Y", "Femi Adebayo", "Services");
        // P8 warning at K14: ends 31/05/2016, within six months of the period: plan the re-procurement.
        t.row("ASC-2014-019", "Domiciliary care night sitting service", "Adult Social Care", "Nightingale Home Support Ltd", "07650982", "Y", "N",
                150_000.00, 75_000.00, date(2014, 6, 1), date(2016, 5, 31), BLANK, "Open",
                BLANK, BLANK, "ET-2014-0102", "CCR-00347", "Y", "Y", "Y", "Y", date(2014, 5, 21), "Y", "Angela Price", "Services");
        t.row("ASC-2015-050", "Direct payments support service", "Commissioning", "Independent Living Support Ltd", "08972315", "Y", "Y",
                85_000.00, 28_333.33, date(2015, 12, 1), date(2018, 11, 30), date(2016, 12, 1), "Open",
                BLANK, BLANK, "ET-2015-0166", "CCR-00416", "Y", "Y", "Y", "Y", date(2015, 11, 25), "Y", "Femi Adebayo", "Services");
    }

    // ------------------------------------------------------------------ 4. Place: the messy one

    /**
     * A hand-made workbook: notes rows above the header, alias titles in their own order, money and
     * dates as text, Yes/No/TRUE flags, formula cells, a #REF! error, a blank row and a totals row.
     */
    private static void place(Cells cells) {
        Sheet sheet = cells.sheet(CONTRACTS);
        // No Cover sheet: the directorate and period come from the notes rows above the header.
        cells.row(sheet, 1, "Place Directorate – Contracts Return");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 5));
        sheet.getRow(0).getCell(0).setCellStyle(cells.title);
        cells.row(sheet, 2, "Directorate:", "Place");
        cells.row(sheet, 3, "Period:", "January 2016");
        // Row 4 is left empty; the header is on row 5.
        Table t = cells.table(sheet, 5, PLACE_TITLES);
        int first = t.nextRow();
        // Each row lists the PLACE_TITLES columns in order, four lines per row: identity (A-F); route, money,
        // dates and portal reference (G-L); register, waiver, flags, signature and owner (M-V); SME, VCSE, comments (W-Y).
        // Numeric value, real dates, and an annual value worked out by formula from the value cell.
        t.row("PL-2015-101", "Highways maintenance term contract", "Kestrel Highways Services Ltd", "04381276", "Highways", "Works",
                "Restricted", 3_600_000.00, annualByFormula(), date(2015, 4, 1), date(2018, 3, 31), "ET-2014-0342",
                "CCR-00377", BLANK, BLANK, "Yes", "Yes", "Yes", "Yes", date(2015, 3, 16), "Yes", "Owen Gallagher",
                "No", "No", BLANK);
        // Value and dates typed as text, as pasted from a letter.
        t.row("PL-2015-104", "Street cleansing and litter picking", "CleanStreets Environmental Ltd", "06925538", "Environmental Services", "Services",
                "Open", "£1,250,000", "£416,666.67", "01/04/2016", "31/03/2019", "ET-2015-0188",
                "CCR-00423", BLANK, BLANK, "Yes", "Yes", "Yes", "Yes", "15/03/2016", "Yes", "Naomi Clarke",
                "No", "No", "Mobilisation from 1 April");
        // ISO text dates; Signed is a real TRUE (boolean) cell.
        t.row("PL-2015-107", "Tree condition surveys", "Greenleaf Arboricultural Ltd", "08204619", "Parks and Open Spaces", "Services",
                "Quotation", "£25,000.00", "£25,000.00", "2016-04-01", "2017-03-31", "ET-2016-0009",
                "CCR-00441", BLANK, BLANK, "Yes", "Yes", "Yes", true, date(2016, 3, 10), "Yes", "Owen Gallagher",
                "Yes", "No", BLANK);
        // P1 at M9: "25k" is £25,000, so the contract belongs on the register but has no CCR reference.
        t.row("PL-2015-109", "Planning appeals consultancy", "Meridian Planning Consultants Ltd", "07096452", "Planning", "Services",
                "Framework call-off", "25k", BLANK, "Apr-16", "31 Mar 2017", "ET-2016-0012",
                BLANK, BLANK, BLANK, "Yes", "No", BLANK, "Yes", date(2016, 3, 1), "Yes", "Ruth Lindqvist",
                "Yes", "No", "CCR ref to follow");
        // "TOTAL" in a supplier's name is a contract, not the totals row: a clean row that is loaded.
        t.row("PL-2015-121", "Civic signage and wayfinding - town centre", "TOTAL INSIGNIA LTD", "05673824", "Regeneration", "Supplies",
                "Quotation", 48_500.00, annualByFormula(), date(2015, 11, 2), date(2018, 11, 1), "ET-2015-0169",
                "CCR-00412", BLANK, BLANK, "Yes", "Yes", "Yes", "Yes", date(2015, 10, 22), "Yes", "Ruth Lindqvist",
                "Yes", "No", BLANK);
        // A blank row left in the middle of the data: skipped, not counted.
        t.blankRow();
        // FORMAT at I12: the annual value formula lost its reference (#REF!); the row still loads.
        t.row("PL-2015-113", "Parking enforcement ICT system", "Civic Parking Solutions Ltd", "06538107", "Parking Services", "Services",
                "Open", 540_000.00, new Formula("ROUND(#REF!/3,2)"), date(2015, 6, 1), date(2018, 5, 31), "ET-2015-0067",
                "CCR-00387", BLANK, BLANK, "Yes", "Yes", "Yes", "Yes", date(2015, 5, 18), "Yes", "Naomi Clarke",
                "No", "No", BLANK);
        // FORMAT at J13: 31/02/2016 is not a date; the start date is required, so the row is not loaded.
        t.row("PL-2015-117", "Market traders' waste collection", "Eastside Waste Services Ltd", "07844190", "Markets", "Services",
                "Quotation", "£18,750.00", "£18,750.00", "31/02/2016", "28/02/2017", "ET-2016-0004",
                BLANK, BLANK, BLANK, "Yes", "Yes", "Yes", "Yes", "20/01/2016", "Yes", "Owen Gallagher",
                "Yes", "No", BLANK);
        // A clean waiver with waiver, approval and register references.
        t.row("PL-2015-119", "Pest control service", "Vector Pest Management Ltd", "08412376", "Environmental Health", "Services",
                "Waiver", 32_000.00, annualByFormula(), date(2015, 9, 1), date(2017, 8, 31), BLANK,
                "CCR-00417", "WVR-2015-014", "Approved by CFO 12/08/2015", "Yes", "Yes", "Yes", "Yes", date(2015, 8, 25), "Yes", "Naomi Clarke",
                "Yes", "No", BLANK);
        t.row("PL-2015-123", "Regeneration legal services", "Marlowe Legal Services Ltd", "05190834", "Regeneration", "Services",
                "Framework call-off", 150_000.00, annualByFormula(), date(2015, 7, 1), date(2018, 6, 30), "ET-2015-0078",
                "CCR-00390", BLANK, BLANK, "Yes", "No", BLANK, "Yes", date(2015, 6, 23), "Yes", "Ruth Lindqvist",
                "No", "No", BLANK);
        t.row("PL-2016-001", "Town centre CCTV maintenance", "Sentinel CCTV Services Ltd", "09306215", "Community Safety", "Services",
                "Open", 64_000.00, annualByFormula(), "1 Apr 2016", date(2019, 3, 31), "ET-2015-0192",
                "CCR-00427", BLANK, BLANK, "Yes", "Yes", "Yes", "Yes", date(2016, 3, 14), "Yes", "Owen Gallagher",
                "Yes", "No", BLANK);
        int last = t.nextRow() - 1;
        // The totals row: only the description and a SUM of the value column; not a contract.
        Object[] totals = new Object[PLACE_TITLES.length];
        totals[1] = "Total";
        totals[7] = new Formula("SUM(H" + first + ":H" + last + ")");
        t.row(totals);
        XSSFFormulaEvaluator.evaluateAllFormulaCells((XSSFWorkbook) cells.workbook);
    }

    /** The annual value as the directorate's template works it out: a third of the value cell (column H). */
    private static Formula annualByFormula() {
        return new Formula("ROUND(H{row}/3,2)");
    }

    // ------------------------------------------------------------------ 5. Health: CSV

    /**
     * A CSV saved from Excel on Windows: Windows-1252, CRLF, quoted amounts; no cover, so the directorate
     * and period come from the file name.
     */
    private static void writeHealthCsv(Path file) throws IOException {
        List<Object[]> rows = new ArrayList<>();
        rows.add(SPEC_TITLES);
        rows.add(new Object[] {"PH-2015-008", "Integrated sexual health services", "Public Health", "Clarion Sexual Health Services Ltd", "07519362", "N", "N",
                "£2,400,000.00", "£800,000.00", "01/04/2015", "31/03/2018", "30/09/2016", "Restricted",
                "", "", "ET-2014-0311", "CCR-00379", "Y", "Y", "Y", "Y", "19/03/2015", "Y", "Dr Anita Rao", "Services"});
        rows.add(new Object[] {"PH-2015-012", "Stop smoking service - community pharmacies", "Public Health", "Pharmacy Health Partners Ltd", "08731146", "Y", "N",
                "£45,000.00", "£22,500.00", "01/06/2015", "31/05/2017", "01/12/2016", "Framework call-off",
                "", "", "ET-2015-0061", "CCR-00386", "Y", "N", "", "Y", "21/05/2015", "Y", "Colin Reeves", "Services"});
        // A title with a comma in it, so the field is quoted.
        rows.add(new Object[] {"PH-2015-015", "Substance misuse treatment, recovery and aftercare", "Public Health", "New Horizons Recovery Ltd", "06340587", "N", "Y",
                "£1,850,000.00", "£616,666.67", "01/10/2015", "30/09/2018", "31/03/2017", "Open",
                "", "", "ET-2015-0094", "CCR-00406", "Y", "Y", "Y", "Y", "16/09/2015", "Y", "Dr Anita Rao", "Services"});
        // P3 at P5: an £85,000 quotation with no e-tendering portal reference.
        rows.add(new Object[] {"PH-2015-019", "Healthy weight programme for children", "Public Health", "Fit Futures Community Health Ltd", "09258803", "Y", "N",
                "£85,000.00", "£42,500.00", "01/11/2015", "31/10/2017", "01/11/2016", "Quotation",
                "", "", "", "CCR-00413", "Y", "Y", "Y", "Y", "26/10/2015", "Y", "Colin Reeves", "Services"});
        rows.add(new Object[] {"PH-2015-021", "NHS Health Checks data system", "Public Health", "Datawise Health Systems Ltd", "07962158", "Y", "N",
                "£12,000.00", "£6,000.00", "01/12/2015", "30/11/2017", "", "Quotation",
                "", "", "ET-2015-0173", "", "Y", "N", "", "Y", "24/11/2015", "Y", "Colin Reeves", "Supplies"});
        rows.add(new Object[] {"PH-2015-024", "Oral health promotion in early years settings", "Public Health", "Bright Smiles Dental Education Ltd", "08120469", "Y", "Y",
                "£28,000.00", "£14,000.00", "04/01/2016", "03/01/2018", "", "Waiver",
                "WVR-2015-029", "Approved by Director of Public Health 07/12/2015", "", "CCR-00419", "Y", "Y", "Y", "Y", "18/12/2015", "Y", "Dr Anita Rao", "Services"});
        rows.add(new Object[] {"PH-2016-001", "School nursing service", "Public Health", "Thames Community Healthcare Ltd", "05847731", "N", "N",
                "£960,000.00", "£320,000.00", "01/02/2016", "31/01/2019", "01/02/2017", "Open",
                "", "", "ET-2015-0186", "CCR-00425", "Y", "Y", "Y", "Y", "20/01/2016", "Y", "Dr Anita Rao", "Services"});
        rows.add(new Object[] {"PH-2015-027", "Public health intelligence and analytics", "Public Health", "Insight Analytics Consulting Ltd", "09415520", "Y", "N",
                "£36,500.00", "£18,250.00", "01/09/2015", "31/08/2017", "", "Framework call-off",
                "", "", "ET-2015-0122", "CCR-00385", "Y", "N", "", "Y", "27/08/2015", "Y", "Colin Reeves", "Services"});
        for (Object[] row : rows) {
            if (row.length != SPEC_TITLES.length) {
                throw new IllegalArgumentException(row[0] + " has " + row.length + " fields for " + SPEC_TITLES.length + " columns");
            }
        }
        String csv = rows.stream().map(InputSamplesGenerator::csvLine).collect(Collectors.joining("\r\n", "", "\r\n"));
        Files.write(file, csv.getBytes(Charset.forName("windows-1252")));
    }

    /** One CSV line as Excel writes it: fields with a comma or a quote are quoted, quotes doubled. */
    private static String csvLine(Object[] fields) {
        return Arrays.stream(fields).map(String::valueOf)
                .map(f -> f.contains(",") || f.contains("\"") ? "\"" + f.replace("\"", "\"\"") + "\"" : f)
                .collect(Collectors.joining(","));
    }

    // ------------------------------------------------------------------ 6. Corrupt, 7. unknown shape

    /** A genuine return whose copy to the shared drive stopped at 60% of its bytes. */
    private static void writeCorrupt(Path file) throws IOException {
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            resources(cells);
            cells.fixProperties();
            workbook.write(whole);
        }
        byte[] bytes = whole.toByteArray();
        Files.write(file, Arrays.copyOf(bytes, bytes.length * 60 / 100));
    }

    /** A staff survey dropped into the returns inbox by mistake: no procurement columns at all. */
    private static void staffSurvey(Cells cells) {
        Sheet sheet = cells.sheet("Survey results");
        cells.row(sheet, 1, "Staff survey 2015 - results by question");
        sheet.getRow(0).getCell(0).setCellStyle(cells.title);
        Table t = cells.table(sheet, 3, new String[] {
            "Question", "Strongly agree", "Agree", "Neither agree nor disagree", "Disagree", "Strongly disagree", "Responses"});
        t.row("I understand how my work contributes to the council's priorities", pct(31), pct(44), pct(12), pct(9), pct(4), 1_842);
        t.row("My manager gives me regular feedback", pct(27), pct(39), pct(15), pct(13), pct(6), 1_836);
        t.row("I feel able to raise concerns without fear", pct(18), pct(33), pct(21), pct(18), pct(10), 1_829);
        t.row("I would recommend the council as a place to work", pct(22), pct(36), pct(23), pct(12), pct(7), 1_831);
        t.row("I have the tools and equipment to do my job", pct(20), pct(41), pct(16), pct(16), pct(7), 1_838);
    }

    // ------------------------------------------------------------------ writing helpers

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** What a sample fills a fresh workbook with. */
    private interface Content {
        void fill(Cells cells);
    }

    private static void writeXlsx(Path file, Content content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            write(file, workbook, content);
        }
    }

    private static void writeXls(Path file, Content content) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            write(file, workbook, content);
        }
    }

    private static void write(Path file, Workbook workbook, Content content) throws IOException {
        Cells cells = new Cells(workbook);
        content.fill(cells);
        cells.fixProperties();
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
    }

    /** A whole-number percentage, e.g. {@code pct(31)} for 31%. */
    private static Percent pct(int percent) {
        return new Percent(percent / 100.0);
    }

    /** A share shown as a percentage, stored as a fraction as Excel does. */
    private record Percent(double fraction) {
    }

    /** A formula cell; {@code {row}} stands for the 1-based row it is written on. */
    private record Formula(String expression) {
    }

    /**
     * Writes typed values into a workbook: a Double is money (£#,##0.00), a Percent a share, an Integer a
     * count, a LocalDate a real date (dd/mm/yyyy), a Boolean a TRUE/FALSE cell, a String text, a Formula a
     * formula and null a blank cell.
     */
    private static final class Cells {
        private final Workbook workbook;
        private final CellStyle money;
        private final CellStyle date;
        private final CellStyle monthYear;
        private final CellStyle percent;
        private final CellStyle header;
        private final CellStyle title;

        Cells(Workbook workbook) {
            this.workbook = workbook;
            this.money = format("£#,##0.00");
            this.date = format("dd/mm/yyyy");
            this.monthYear = format("mmm-yy");
            this.percent = format("0%");
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
            row(sheet, 1, "Return", "Procurement contracts");
            row(sheet, 2, "Directorate", directorate);
            row(sheet, 3, "Period", period);
            // A real date as the period shows as Jan-16, as finance leads type it.
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
                    set(row.createCell(column), values[column], rowNumber);
                }
            }
        }

        private void set(Cell cell, Object value, int rowNumber) {
            if (value instanceof String text) {
                cell.setCellValue(text);
            } else if (value instanceof Double amount) {
                cell.setCellValue(amount);
                cell.setCellStyle(money);
            } else if (value instanceof Percent share) {
                cell.setCellValue(share.fraction());
                cell.setCellStyle(percent);
            } else if (value instanceof Integer count) {
                cell.setCellValue(count);
            } else if (value instanceof LocalDate day) {
                cell.setCellValue(day);
                cell.setCellStyle(date);
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else if (value instanceof Formula formula) {
                cell.setCellFormula(formula.expression().replace("{row}", Integer.toString(rowNumber)));
                cell.setCellStyle(money);
            } else {
                throw new IllegalArgumentException("Cannot write " + value.getClass() + " to a cell");
            }
        }

        /** Fixed document properties, so every run writes the same content. */
        void fixProperties() {
            if (workbook instanceof XSSFWorkbook xssf) {
                var core = xssf.getProperties().getCoreProperties();
                core.setCreated(Optional.of(SAVED_AT));
                core.setModified(Optional.of(SAVED_AT));
                core.setCreator("Best Value returns samples");
            } else if (workbook instanceof HSSFWorkbook hssf) {
                // Excel always writes the summary streams; without them POI warns on every read.
                hssf.createInformationProperties();
                hssf.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_WINDOWS_1252);
                hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_WINDOWS_1252);
                hssf.getSummaryInformation().setAuthor("Best Value returns samples");
                hssf.getSummaryInformation().setCreateDateTime(SAVED_AT);
            }
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
