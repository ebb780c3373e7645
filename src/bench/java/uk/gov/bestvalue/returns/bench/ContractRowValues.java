package uk.gov.bestvalue.returns.bench;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
    private static final int LOTS = 10;

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
                case "contract_reference" -> padded("RES-B-", i + 1, 6);
                case "title" -> title(noun, SERVICES[random.nextInt(SERVICES.length)], 1 + random.nextInt(LOTS));
                case "service" -> SERVICES[random.nextInt(SERVICES.length)];
                case "supplier_name" -> supplierName(supplier);
                case "supplier_company_number" -> companyNumber(supplier);
                case "sme", "vcse" -> yesNo(random.nextInt(4) == 0);
                case "total_value" -> total;
                case "annual_value" -> Math.round(total / 3 * 100) / 100.0;
                case "start_date" -> start;
                case "end_date" -> end;
                case "review_date" -> start.plusYears(1);
                case "procurement_route" -> waiver ? "Waiver" : ROUTES[random.nextInt(ROUTES.length)];
                case "waiver_reference" -> waiver ? padded("WV-", i + 1, 6) : null;
                case "waiver_approval" -> waiver ? "Head of Procurement" : null;
                case "etender_reference" -> waiver ? null : padded("ET-", i + 1, 7);
                case "register_reference" -> broken == 0 ? null : padded("CCR-", i + 1, 7);
                case "declaration_of_interest" -> yesNo(broken != 1);
                case "llw_applicable" -> yesNo(llwApplies || broken == 2);
                case "llw_included" -> yesNo(llwApplies && broken != 2);
                case "contract_signed", "supplier_briefing" -> "Y";
                case "signed_date" -> signed;
                case "contract_manager" -> manager(WORDS[random.nextInt(WORDS.length)], WORDS[random.nextInt(WORDS.length)]);
                case "category" -> CATEGORIES[random.nextInt(CATEGORIES.length)];
                default -> null;
            };
        }
        return values;
    }

    /**
     * Every text that rows repeat (titles, services, suppliers and their numbers, routes, Y/N, managers,
     * categories), each once: all the text a row holds except its references, which are unique to it.
     */
    public Set<String> repeatedTexts() {
        Set<String> texts = new LinkedHashSet<>();
        for (String noun : NOUNS) {
            for (String service : SERVICES) {
                for (int lot = 1; lot <= LOTS; lot++) {
                    texts.add(title(noun, service, lot));
                }
            }
        }
        texts.addAll(List.of(SERVICES));
        for (int supplier = 0; supplier < SUPPLIERS; supplier++) {
            texts.add(supplierName(supplier));
            texts.add(companyNumber(supplier));
        }
        texts.add("Y");
        texts.add("N");
        texts.addAll(List.of(ROUTES));
        texts.add("Waiver");
        texts.add("Head of Procurement");
        for (String initial : WORDS) {
            for (String surname : WORDS) {
                texts.add(manager(initial, surname));
            }
        }
        texts.addAll(List.of(CATEGORIES));
        return texts;
    }

    private static String title(String noun, String service, int lot) {
        return noun + " services - " + service + " lot " + lot;
    }

    private static String manager(String initial, String surname) {
        return initial.charAt(0) + ". " + surname + "son";
    }

    /** Supplier {@code supplier}'s company number, as the contracts give it. */
    static String companyNumber(int supplier) {
        return padded("", 1_000_000 + supplier * 37, 8);
    }

    /** The prefix then the number zero-padded to {@code digits}, as {@code String.format("%0<digits>d")} but cheaper. */
    static String padded(String prefix, int number, int digits) {
        String text = Integer.toString(number);
        StringBuilder out = new StringBuilder(prefix.length() + Math.max(digits, text.length())).append(prefix);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(text).toString();
    }

    /** Supplier {@code supplier}'s name (0 to {@link #SUPPLIERS} - 1), as the contracts give it. */
    static String supplierName(int supplier) {
        return WORDS[supplier % WORDS.length] + " " + NOUNS[supplier / WORDS.length % NOUNS.length] + " "
                + (supplier / (WORDS.length * NOUNS.length) + 1) + " " + SUFFIXES[supplier % SUFFIXES.length];
    }

    private static String yesNo(boolean yes) {
        return yes ? "Y" : "N";
    }
}
