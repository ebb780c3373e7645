package uk.gov.bestvalue.returns.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a spend ledger CSV of any number of payment lines for the benchmark, line by line (flat memory), paying
 * the suppliers of the generated contracts ({@link ContractRowValues}) in one month: about half the lines give
 * the company number, a fifth write the name another way (capitals, "Limited", "The ..."), one in twenty-five
 * misspells it (matched only by similar name), and one in ten pays a supplier with no contract (off-contract).
 */
public final class SpendLedgerGenerator {

    /** The columns, as a finance system exports them (the spec's aliases). */
    static final String HEADER = "Payment Date,Supplier Name,Amount,Transaction Number,Department,Expense Type,"
            + "Company Number";
    private static final String[] OFF_CONTRACT_WORDS = {"Zephyr", "Quarry", "Wick", "Yarrow", "Juniper", "Lumen",
            "Fennel", "Tarn", "Quill", "Ember"};
    private static final String[] OFF_CONTRACT_NOUNS = {"Plumbing", "Joinery", "Florists", "Removals", "Signage",
            "Locksmiths", "Glazing", "Upholstery"};
    private static final String[] EXPENSE_TYPES = {"Services", "Supplies", "Equipment", "Works", "Maintenance"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);
    private static final int BUFFER = 256 * 1024;

    private final YearMonth month;

    /** Payments dated in {@code month}. */
    public SpendLedgerGenerator(YearMonth month) {
        this.month = month;
    }

    /** Writes {@code lines} payment lines and a header to {@code file}. */
    public Path generate(Path file, int lines) throws IOException {
        String[] days = new String[month.lengthOfMonth()];
        for (int d = 0; d < days.length; d++) {
            days[d] = DAY.format(month.atDay(d + 1));
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), BUFFER)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(128);
            for (int i = 0; i < lines; i++) {
                line.setLength(0);
                SplittableRandom random = new SplittableRandom(0x1ED6_E000L + i);
                int supplier = random.nextInt(ContractRowValues.SUPPLIERS);
                int kind = random.nextInt(100);
                String name;
                String number = "";
                if (kind < 10) {
                    name = OFF_CONTRACT_WORDS[random.nextInt(OFF_CONTRACT_WORDS.length)] + " "
                            + OFF_CONTRACT_NOUNS[random.nextInt(OFF_CONTRACT_NOUNS.length)] + " " + (1 + random.nextInt(50))
                            + " Ltd";
                } else if (kind < 60) {
                    name = ContractRowValues.supplierName(supplier);
                    number = ContractRowValues.companyNumber(supplier);
                } else if (kind < 80) {
                    name = variant(ContractRowValues.supplierName(supplier), random.nextInt(3));
                } else if (kind < 84) {
                    name = misspelt(ContractRowValues.supplierName(supplier));
                } else {
                    name = ContractRowValues.supplierName(supplier);
                }
                long pence = 50_000 + random.nextLong(5_000_000);
                line.append(days[random.nextInt(days.length)]).append(',').append(name).append(',')
                        .append(pence / 100).append('.').append(pence % 100 < 10 ? "0" : "").append(pence % 100)
                        .append(',').append(ContractRowValues.padded("T", i + 1, 8)).append(',')
                        .append(random.nextInt(10) < 9 ? "Resources" : "Corporate Resources").append(',')
                        .append(EXPENSE_TYPES[random.nextInt(EXPENSE_TYPES.length)]).append(',').append(number)
                        .append('\n');
                out.append(line);
            }
        }
        return file;
    }

    /** The same supplier written as another clerk would: capitals, the suffix in full, or with "The". */
    private static String variant(String name, int how) {
        return switch (how) {
            case 0 -> name.toUpperCase(Locale.ROOT);
            case 1 -> name.endsWith(" Ltd") ? name.substring(0, name.length() - 4) + " Limited" : name;
            default -> "The " + name;
        };
    }

    /** A typing slip inside the name's second word: two letters swapped, so only the similar-name match finds it. */
    private static String misspelt(String name) {
        int space = name.indexOf(' ');
        int at = space + 2;
        if (space < 0 || at + 1 >= name.length() || name.charAt(at) == ' ' || name.charAt(at + 1) == ' ') {
            return name;
        }
        char[] chars = name.toCharArray();
        char swap = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swap;
        return new String(chars);
    }
}
