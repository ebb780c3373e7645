package uk.gov.bestvalue.returns.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import uk.gov.bestvalue.returns.spec.FieldSpec;

/**
 * The values of the benchmark's contract rows, by field, as a lead would type them: text, "Y"/"N" flags,
 * money as numbers and dates as dates; about one row in twenty breaks one of the rules P1, P4, P5 or P6.
 */
public final class ContractRowValues {

    private static final String[] ROUTES = {"Open tender", "Restricted tender", "Framework call-off",
            "Competitive quotation", "Competitive dialogue"};
    private static final String[] SERVICES = {"Finance", "Revenues and Benefits", "ICT", "Legal Services", "HR",
            "Facilities Management", "Customer Services", "Audit", "Procurement", "Property", "Payroll", "Pensions"};
    private static final String[] CATEGORIES = {"Services", "Supplies", "Works"};
    private static final String[] NOUNS = {"Cleaning", "Catering", "Security", "Software", "Printing", "Maintenance",
            "Consultancy", "Training", "Translation", "Waste", "Fleet", "Energy", "Insurance", "Legal", "Recruitment",
            "Courier", "Stationery", "Telephony", "Hosting", "Audit"};
    private static final String[] WORDS = {"Acme", "Northern", "Thames", "Albion", "Crown", "Meridian", "Apex",
            "Harbour", "Beacon", "Summit", "Riverside", "Oak", "Granite", "Phoenix", "Kestrel", "Orbit", "Vale",
            "Sterling", "Union", "Capital"};
    private static final String[] SUFFIXES = {"Ltd", "Limited", "PLC", "LLP", "Group Ltd"};
    private static final LocalDate FIRST_START = LocalDate.of(2014, 1, 1);
    /** Suppliers in the pool, as in a large council's register. */
    static final int SUPPLIERS = 2000;

    private final List<FieldSpec> fields;

    public ContractRowValues(List<FieldSpec> fields) {
        this.fields = fields;
    }

    /** Row {@code i} (0-based) in field order: String, Double (money), LocalDate, or null for a blank cell. */
    public Object[] row(int i) {
        SplittableRandom random = new SplittableRandom(0x5EED_0000L + i);
        int supplier = random.nextInt(SUPPLIERS);
        boolean waiver = random.nextInt(33) == 0;
        int broken = i % 20 == 7 ? (i / 20) % 4 : -1;
        double total = Math.round(random.nextDouble(1_000, 500_000) * 100) / 100.0;
        total = broken == 0 ? Math.max(total, 30_000) : total;
        LocalDate start = FIRST_START.plusDays(random.nextInt(730));
        LocalDate end = start.plusYears(3 + random.nextInt(4));
        LocalDate signed = broken == 3 ? start.plusDays(14) : start.minusDays(1 + random.nextInt(60));
        boolean llwApplies = random.nextInt(3) > 0;
        String noun = NOUNS[random.nextInt(NOUNS.length)];
        Object[] values = new Object[fields.size()];
        for (int f = 0; f < values.length; f++) {
            values[f] = switch (fields.get(f).name()) {
                case "contract_reference" -> String.format("RES-B-%06d", i + 1);
                case "title" -> noun + " services - " + SERVICES[random.nextInt(SERVICES.length)] + " lot " + (1 + random.nextInt(10));
                case "service" -> SERVICES[random.nextInt(SERVICES.length)];
                case "supplier_name" -> supplierName(supplier);
                case "supplier_company_number" -> String.format("%08d", 1_000_000 + supplier * 37);
                case "sme", "vcse" -> yesNo(random.nextInt(4) == 0);
                case "total_value" -> total;
                case "annual_value" -> Math.round(total / 3 * 100) / 100.0;
                case "start_date" -> start;
                case "end_date" -> end;
                case "review_date" -> start.plusYears(1);
                case "procurement_route" -> waiver ? "Waiver" : ROUTES[random.nextInt(ROUTES.length)];
                case "waiver_reference" -> waiver ? String.format("WV-%06d", i + 1) : null;
                case "waiver_approval" -> waiver ? "Head of Procurement" : null;
                case "etender_reference" -> waiver ? null : String.format("ET-%07d", i + 1);
                case "register_reference" -> broken == 0 ? null : String.format("CCR-%07d", i + 1);
                case "declaration_of_interest" -> yesNo(broken != 1);
                case "llw_applicable" -> yesNo(llwApplies || broken == 2);
                case "llw_included" -> yesNo(llwApplies && broken != 2);
                case "contract_signed", "supplier_briefing" -> "Y";
                case "signed_date" -> signed;
                case "contract_manager" -> WORDS[random.nextInt(WORDS.length)].charAt(0) + ". " + WORDS[random.nextInt(WORDS.length)] + "son";
                case "category" -> CATEGORIES[random.nextInt(CATEGORIES.length)];
                default -> null;
            };
        }
        return values;
    }

    private static String supplierName(int supplier) {
        return WORDS[supplier % WORDS.length] + " " + NOUNS[supplier / WORDS.length % NOUNS.length] + " "
                + (supplier / (WORDS.length * NOUNS.length) + 1) + " " + SUFFIXES[supplier % SUFFIXES.length];
    }

    private static String yesNo(boolean yes) {
        return yes ? "Y" : "N";
    }
}
