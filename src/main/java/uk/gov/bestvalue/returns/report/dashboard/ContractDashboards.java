package uk.gov.bestvalue.returns.report.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import uk.gov.bestvalue.returns.report.dashboard.CollaborationCandidate.Basis;

/**
 * The dashboards read from the live contracts alone: contracts expiring, collaboration candidates, possible split
 * procurements and waivers. No database here: the contracts are handed over, so each table's rules can be tried
 * on a few contracts.
 */
final class ContractDashboards {

    /** A threshold of rules.yml in force at the period's end; {@code atOrAbove}: reached at the amount itself. */
    record Threshold(String rule, BigDecimal amount, boolean atOrAbove) {

        boolean reachedBy(BigDecimal value) {
            int c = value.compareTo(amount);
            return atOrAbove ? c >= 0 : c > 0;
        }
    }

    private final List<ContractRow> contracts;
    private final YearMonth period;
    private final DashboardScope scope;
    private final DirectoratesInOrder directorates;

    ContractDashboards(List<ContractRow> contracts, YearMonth period, DashboardScope scope,
                       DirectoratesInOrder directorates) {
        // owners.yml's order (stable: a return's rows stay in file order), so candidates list directorates alike
        this.contracts = contracts.stream().sorted(Comparator.comparing(ContractRow::directorateId,
                directorates.order())).toList();
        this.period = period;
        this.scope = scope;
        this.directorates = directorates;
    }

    /** Contracts ending after the period's end and at most {@link Dashboards#EXPIRING_MONTHS} months after it. */
    List<ExpiringContract> expiring() {
        LocalDate after = period.atEndOfMonth();
        LocalDate until = period.plusMonths(Dashboards.EXPIRING_MONTHS).atEndOfMonth();
        List<ExpiringContract> expiring = new ArrayList<>();
        for (ContractRow c : contracts) {
            if (scope.includes(c.directorateId()) && c.end() != null && c.end().isAfter(after) && !c.end().isAfter(until)) {
                expiring.add(new ExpiringContract(Quarter.of(c.end()), c.directorateId(),
                        directorates.name(c.directorateId()), c.reference(), c.title(), c.supplier(), c.category(),
                        c.value(), c.route(), c.end(), reprocurement(c), c.source()));
            }
        }
        expiring.sort(Comparator.comparing(ExpiringContract::endDate)
                .thenComparing(ExpiringContract::directorateId, directorates.order())
                .thenComparing(ExpiringContract::reference, Comparator.nullsLast(Comparator.naturalOrder())));
        return expiring;
    }

    /**
     * The reference of the contract let to follow this one, or null: the same directorate, category and supplier,
     * starting in the period or later (so not one already running beside it, such as a second cohort of a
     * course) and ending after this one.
     */
    private String reprocurement(ContractRow expiring) {
        LocalDate first = period.atDay(1);
        for (ContractRow c : contracts) {
            if (c != expiring && c.directorateId().equals(expiring.directorateId()) && expiring.supplierKey() != null
                    && expiring.supplierKey().equals(c.supplierKey())
                    && Objects.equals(categoryKey(expiring.category()), categoryKey(c.category()))
                    && c.start() != null && !c.start().isBefore(first)
                    && (expiring.start() == null || c.start().isAfter(expiring.start()))
                    && (c.end() == null || c.end().isAfter(expiring.end()))) {
                return c.reference();
            }
        }
        return null;
    }

    /**
     * Suppliers, then categories, that two or more directorates buy from on contracts not ended before the period,
     * each with every directorate's contracts summed; in a directorate's scope, those it is one of.
     */
    List<CollaborationCandidate> collaboration() {
        LocalDate first = period.atDay(1);
        Map<String, List<ContractRow>> bySupplier = new LinkedHashMap<>();
        Map<String, List<ContractRow>> byCategory = new LinkedHashMap<>();
        for (ContractRow c : contracts) {
            if (!c.liveOn(first)) {
                continue;
            }
            if (c.supplierKey() != null) {
                bySupplier.computeIfAbsent(c.supplierKey(), k -> new ArrayList<>()).add(c);
            }
            if (categoryKey(c.category()) != null) {
                byCategory.computeIfAbsent(categoryKey(c.category()), k -> new ArrayList<>()).add(c);
            }
        }
        List<CollaborationCandidate> candidates = new ArrayList<>();
        candidates.addAll(candidates(Basis.SUPPLIER, bySupplier));
        candidates.addAll(candidates(Basis.CATEGORY, byCategory));
        return candidates;
    }

    private List<CollaborationCandidate> candidates(Basis basis, Map<String, List<ContractRow>> groups) {
        List<CollaborationCandidate> candidates = new ArrayList<>();
        groups.forEach((key, rows) -> {
            List<String> ids = rows.stream().map(ContractRow::directorateId).distinct().sorted(directorates.order())
                    .toList();
            if (ids.size() < 2 || ids.stream().noneMatch(scope::includes)) {
                return;
            }
            BigDecimal value = rows.stream().map(ContractRow::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
            LocalDate earliest = rows.stream().map(ContractRow::end).filter(Objects::nonNull).min(Comparator.naturalOrder())
                    .orElse(null);
            String name = basis == Basis.SUPPLIER ? rows.get(0).supplier() : rows.get(0).category().strip();
            candidates.add(new CollaborationCandidate(basis, key, name, ids, ids.stream().map(directorates::name).toList(),
                    rows.size(), value, earliest, rows.stream().filter(r -> scope.includes(r.directorateId()))
                    .map(ContractRow::source).toList()));
        });
        candidates.sort(Comparator.comparing(CollaborationCandidate::combinedValue).reversed()
                .thenComparing(CollaborationCandidate::name));
        return candidates;
    }

    /**
     * For each threshold, a directorate's contracts with one supplier, not ended before the period, each under it
     * and together reaching it.
     */
    List<SplitProcurement> splitProcurement(List<Threshold> thresholds) {
        LocalDate first = period.atDay(1);
        Map<String, List<ContractRow>> groups = new TreeMap<>();
        for (ContractRow c : contracts) {
            if (scope.includes(c.directorateId()) && c.liveOn(first) && c.supplierKey() != null && c.value() != null
                    && c.value().signum() > 0) {
                groups.computeIfAbsent(c.directorateId() + "\u0000" + c.supplierKey(), k -> new ArrayList<>()).add(c);
            }
        }
        List<SplitProcurement> splits = new ArrayList<>();
        for (Threshold threshold : thresholds) {
            for (List<ContractRow> rows : groups.values()) {
                List<ContractRow> under = rows.stream().filter(r -> !threshold.reachedBy(r.value())).toList();
                BigDecimal sum = under.stream().map(ContractRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (under.size() >= 2 && threshold.reachedBy(sum)) {
                    ContractRow one = under.get(0);
                    splits.add(new SplitProcurement(one.directorateId(), directorates.name(one.directorateId()),
                            one.supplierKey(), one.supplier(), threshold.rule(), threshold.amount(), under.size(), sum,
                            under.stream().map(ContractRow::reference).toList(),
                            under.stream().map(ContractRow::source).toList()));
                }
            }
        }
        splits.sort(Comparator.comparing(SplitProcurement::directorateId, directorates.order())
                .thenComparing(SplitProcurement::combinedValue, Comparator.reverseOrder()));
        return splits;
    }

    /**
     * The waivers and direct awards by directorate and the quarter they started in (the start date is required on
     * the return: a row without one is not loaded).
     */
    List<WaiverLine> waivers() {
        Map<String, Map<Quarter, List<ContractRow>>> byDirectorate = new TreeMap<>(directorates.order());
        for (ContractRow c : contracts) {
            if (scope.includes(c.directorateId()) && c.isWaiver() && c.start() != null) {
                byDirectorate.computeIfAbsent(c.directorateId(), d -> new TreeMap<>())
                        .computeIfAbsent(Quarter.of(c.start()), q -> new ArrayList<>()).add(c);
            }
        }
        List<WaiverLine> lines = new ArrayList<>();
        byDirectorate.forEach((id, quarters) -> quarters.forEach((quarter, rows) -> lines.add(new WaiverLine(id,
                directorates.name(id), quarter, rows.size(),
                rows.stream().map(ContractRow::valueOrZero).reduce(BigDecimal.ZERO, BigDecimal::add),
                rows.stream().map(ContractRow::reference).toList(), rows.stream().map(ContractRow::source).toList()))));
        return lines;
    }

    /** Categories compare as people mean them: "Services" and " services" are one. */
    static String categoryKey(String category) {
        return category == null || category.isBlank() ? null : category.strip().toLowerCase(Locale.ROOT);
    }
}
