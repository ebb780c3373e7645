package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Sums paid lines into the spend dashboard of a run of months: total, by directorate, category and supplier. */
final class SpendTables {

    private final DirectoratesInOrder directorates;

    SpendTables(DirectoratesInOrder directorates) {
        this.directorates = directorates;
    }

    SpendDashboard of(YearMonth from, YearMonth to, List<PaidLine> lines) {
        List<SpendLine> byDirectorate = group(lines, PaidLine::directorateId, l -> directorates.name(l.directorateId()));
        byDirectorate.sort(Comparator.comparing(SpendLine::key, directorates.order()));
        List<SpendLine> byCategory = group(lines, PaidLine::categoryKey, PaidLine::category);
        byCategory.sort(byAmount());
        List<SpendLine> suppliers = group(lines, PaidLine::supplierKey, PaidLine::supplier);
        suppliers.sort(byAmount());
        return new SpendDashboard(from, to, spend(lines), byDirectorate, byCategory,
                suppliers.subList(0, Math.min(Dashboards.TOP_SUPPLIERS, suppliers.size())));
    }

    /** Largest first; equal amounts by name, so the order is the same on every database. */
    private static Comparator<SpendLine> byAmount() {
        return Comparator.comparing((SpendLine l) -> l.spend().amount()).reversed()
                .thenComparing(SpendLine::name, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    /** One line per key, named after the first line of the key. */
    private static List<SpendLine> group(List<PaidLine> lines, Function<PaidLine, String> key,
                                         Function<PaidLine, String> name) {
        Map<String, List<PaidLine>> groups = new LinkedHashMap<>();
        for (PaidLine line : lines) {
            groups.computeIfAbsent(key.apply(line), k -> new ArrayList<>()).add(line);
        }
        List<SpendLine> result = new ArrayList<>();
        groups.forEach((k, group) -> result.add(new SpendLine(k, name.apply(group.get(0)), spend(group))));
        return result;
    }

    static Spend spend(List<PaidLine> lines) {
        BigDecimal amount = BigDecimal.ZERO;
        BigDecimal off = BigDecimal.ZERO;
        int offPayments = 0;
        for (PaidLine line : lines) {
            amount = amount.add(line.amount());
            if (line.offContract()) {
                off = off.add(line.amount());
                offPayments++;
            }
        }
        return new Spend(lines.size(), amount, offPayments, amount.subtract(off), off,
                lines.stream().map(PaidLine::source).toList());
    }
}
