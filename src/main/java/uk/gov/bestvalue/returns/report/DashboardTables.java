package uk.gov.bestvalue.returns.report;

import static uk.gov.bestvalue.returns.report.PackTables.row;
import static uk.gov.bestvalue.returns.report.Table.col;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import uk.gov.bestvalue.returns.report.Table.Column;
import uk.gov.bestvalue.returns.report.Table.Kind;
import uk.gov.bestvalue.returns.report.Table.RowSources;
import uk.gov.bestvalue.returns.report.dashboard.CollaborationCandidate;
import uk.gov.bestvalue.returns.report.dashboard.DashboardSet;
import uk.gov.bestvalue.returns.report.dashboard.Dashboards;
import uk.gov.bestvalue.returns.report.dashboard.ExpiringContract;
import uk.gov.bestvalue.returns.report.dashboard.SourceRef;
import uk.gov.bestvalue.returns.report.dashboard.SpendDashboard;
import uk.gov.bestvalue.returns.report.dashboard.SpendLine;
import uk.gov.bestvalue.returns.report.dashboard.SplitProcurement;
import uk.gov.bestvalue.returns.report.dashboard.WaiverLine;

/**
 * The pack's "Procurement dashboards" section: spend by directorate (the month and its quarter to date), by
 * category and by supplier, council-wide and per directorate; contracts expiring in the next 24 months;
 * collaboration candidates; savings pointers. Every line lists the warehouse rows it sums.
 */
final class DashboardTables {

    /** The suppliers listed for each directorate. */
    static final int TOP_PER_DIRECTORATE = 3;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    private DashboardTables() {
    }

    static Section section(DashboardSet set) {
        Dashboards all = set.councilWide();
        String month = ReturnTables.MONTH.format(all.period());
        List<Table> tables = List.of(
                spendByDirectorate("Third-party spend by directorate, " + month, all.month()),
                spendByDirectorate("Third-party spend by directorate, " + all.quarter().label() + " to " + month,
                        all.quarterToDate()),
                spendBy("Spend by category of the contract paid, " + month, "Category", all.month().byCategory()),
                spendBy("Top suppliers, " + month, "Supplier", all.month().topSuppliers()),
                topSuppliersByDirectorate(set, month),
                expiring(all), collaboration(all), splits(all), waivers(all));
        return new Section(Section.DASHBOARDS, "Procurement dashboards", "Third-party spend from the finance "
                + "ledger's payments (grant payments left out), on or off contract as R1 matched them; the contracts on "
                + "the directorates' current returns that expire in the next " + Dashboards.EXPIRING_MONTHS
                + " months; where directorates could buy together; and where spend may have been split. Every line "
                + "lists the rows it sums.", tables);
    }

    private static final List<Column> SPEND_COLUMNS = List.of(col("Payments", Kind.COUNT), col("Spend", Kind.MONEY),
            col("On contract", Kind.MONEY), col("Off contract", Kind.MONEY), col("Off-contract share", Kind.SHARE));

    private static Table spendByDirectorate(String title, SpendDashboard spend) {
        List<List<Object>> rows = new ArrayList<>();
        List<RowSources> sources = new ArrayList<>();
        for (SpendLine line : spend.byDirectorate()) {
            rows.add(spendRow(line.name(), line));
            sources.add(sources(line.spend().sources()));
        }
        rows.add(spendRow("Total", new SpendLine("total", "Total", spend.total())));
        sources.add(sources(spend.total().sources()));
        return new Table(title, spend.byDirectorate().isEmpty() ? "No contract payment on a current spend ledger."
                : "Contract payments on the current spend ledgers, by the directorate their department names (else "
                + "the contract's). Off contract: R1's match found no live contract for the supplier.",
                columns(col("Directorate", Kind.TEXT), SPEND_COLUMNS), rows, true, sources);
    }

    private static Table spendBy(String title, String what, List<SpendLine> lines) {
        List<List<Object>> rows = new ArrayList<>();
        List<RowSources> sources = new ArrayList<>();
        for (SpendLine line : lines) {
            rows.add(spendRow(line.name(), line));
            sources.add(sources(line.spend().sources()));
        }
        return new Table(title, lines.isEmpty() ? "No contract payment this month." : null,
                columns(col(what, Kind.TEXT), SPEND_COLUMNS), rows, false, sources);
    }

    private static Table topSuppliersByDirectorate(DashboardSet set, String month) {
        List<List<Object>> rows = new ArrayList<>();
        List<RowSources> sources = new ArrayList<>();
        set.byDirectorate().forEach((id, d) -> d.month().topSuppliers().stream().limit(TOP_PER_DIRECTORATE)
                .forEach(line -> {
                    List<Object> row = new ArrayList<>(List.of(d.month().byDirectorate().get(0).name()));
                    row.addAll(spendRow(line.name(), line));
                    rows.add(row);
                    sources.add(sources(line.spend().sources()));
                }));
        List<Column> columns = new ArrayList<>(List.of(col("Directorate", Kind.TEXT), col("Supplier", Kind.TEXT)));
        columns.addAll(SPEND_COLUMNS);
        return new Table("Each directorate's top " + TOP_PER_DIRECTORATE + " suppliers, " + month,
                rows.isEmpty() ? "No contract payment this month." : null, columns, rows, false, sources);
    }

    private static Table expiring(Dashboards d) {
        List<List<Object>> rows = new ArrayList<>();
        List<RowSources> sources = new ArrayList<>();
        for (ExpiringContract e : d.expiring()) {
            rows.add(row(e.quarter().label(), e.directorate(), e.reference(), e.title(), e.supplier(), e.category(),
                    e.value(), e.route(), DAY.format(e.endDate()), e.reprocurementRecorded() ? "yes: " + e.reprocuredBy()
                    : "no"));
            sources.add(sources(List.of(e.source())));
        }
        return new Table("Contracts expiring in the next " + Dashboards.EXPIRING_MONTHS + " months, by quarter",
                rows.isEmpty() ? "No contract on a current return ends in the next " + Dashboards.EXPIRING_MONTHS
                        + " months." : "Contracts on each directorate's current procurement return ending after "
                        + ReturnTables.MONTH.format(d.period()) + " and by the end of "
                        + ReturnTables.MONTH.format(d.period().plusMonths(Dashboards.EXPIRING_MONTHS))
                        + ", by the quarter of the council's financial year they end in. Re-procurement recorded: a "
                        + "contract of the same directorate, category and supplier let from this month on and ending "
                        + "later is on the return.",
                List.of(col("Quarter", Kind.TEXT), col("Directorate", Kind.TEXT), col("Contract", Kind.TEXT),
                        col("Title", Kind.TEXT), col("Supplier", Kind.TEXT), col("Category", Kind.TEXT),
                        col("Value", Kind.MONEY), col("Route", Kind.TEXT), col("End date", Kind.MONTH),
                        col("Re-procurement recorded", Kind.TEXT)), rows, false, sources);
    }

    private static Table collaboration(Dashboards d) {
        List<List<Object>> rows = new ArrayList<>();
        List<RowSources> sources = new ArrayList<>();
        for (CollaborationCandidate c : d.collaboration()) {
            rows.add(row(c.basis() == CollaborationCandidate.Basis.SUPPLIER ? "Supplier" : "Category", c.name(),
                    String.join(", ", c.directorates()), c.directorates().size(), c.contracts(), c.combinedValue(),
                    c.earliestEnd() == null ? null : DAY.format(c.earliestEnd())));
            sources.add(sources(c.sources()));
        }
        return new Table("Collaboration candidates", rows.isEmpty() ? "No supplier or category is bought by two "
                + "directorates." : "A supplier (by company number, else its name as normalised) or a category on the "
                + "live contracts of two or more directorates, with all their contracts' value and the earliest end.",
                List.of(col("Shared", Kind.TEXT), col("Supplier or category", Kind.TEXT),
                        col("Directorates", Kind.LONG_TEXT), col("Directorates buying", Kind.COUNT),
                        col("Contracts", Kind.COUNT), col("Combined value", Kind.MONEY),
                        col("Earliest end", Kind.MONTH)), rows, false, sources);
    }

    private static Table splits(Dashboards d) {
        List<List<Object>> rows = new ArrayList<>();
        List<RowSources> sources = new ArrayList<>();
        for (SplitProcurement s : d.splitProcurement()) {
            rows.add(row(s.directorate(), s.supplier(), s.rule() + " " + PackHtml.money(s.threshold()), s.contracts(),
                    s.combinedValue(), String.join(", ", s.references())));
            sources.add(sources(s.sources()));
        }
        return new Table("Savings pointers: possible split procurements", rows.isEmpty() ? "No directorate has two "
                + "or more contracts with one supplier each under a threshold and together reaching it."
                : "A directorate's live contracts with one supplier, each under the threshold (rules.yml, in force at "
                + "the month's end: P1 the central register's, P3 e-tendering's) and together reaching it.",
                List.of(col("Directorate", Kind.TEXT), col("Supplier", Kind.TEXT), col("Threshold", Kind.TEXT),
                        col("Contracts", Kind.COUNT), col("Combined value", Kind.MONEY),
                        col("References", Kind.LONG_TEXT)), rows, false, sources);
    }

    private static Table waivers(Dashboards d) {
        List<List<Object>> rows = new ArrayList<>();
        List<RowSources> sources = new ArrayList<>();
        for (WaiverLine w : d.waivers()) {
            rows.add(row(w.directorate(), w.quarter().label(), w.waivers(), w.value(), String.join(", ", w.references())));
            sources.add(sources(w.sources()));
        }
        return new Table("Savings pointers: waivers by directorate and quarter", rows.isEmpty()
                ? "No contract on a current return was let by waiver or direct award."
                : "Contracts let by waiver, direct award or single tender, by the quarter they started in.",
                List.of(col("Directorate", Kind.TEXT), col("Quarter started", Kind.TEXT), col("Waivers", Kind.COUNT),
                        col("Value", Kind.MONEY), col("Contracts", Kind.LONG_TEXT)), rows, false, sources);
    }

    private static List<Object> spendRow(String name, SpendLine line) {
        return row(name, line.spend().payments(), line.spend().amount(), line.spend().onContract(),
                line.spend().offContract(), line.spend().offContractShare());
    }

    private static List<Column> columns(Column first, List<Column> rest) {
        List<Column> columns = new ArrayList<>(List.of(first));
        columns.addAll(rest);
        return columns;
    }

    /** The most runs of rows written for one file and sheet: a large ledger's total would otherwise fill a page. */
    static final int MAX_RUNS = 40;

    /**
     * The rows, a line per file and sheet, runs of consecutive rows written as ranges:
     * {@code finance-spend-2016-01.csv (load batch 10): rows 2-9, 12}; beyond {@link #MAX_RUNS} runs, how many more.
     */
    static RowSources sources(List<SourceRef> refs) {
        Map<String, TreeSet<Integer>> byPlace = new LinkedHashMap<>();
        for (SourceRef ref : refs) {
            boolean csv = ref.file().equals(ref.sheet() + ".csv");
            String place = ref.file() + " (load batch " + ref.loadBatchId() + ")" + (csv ? "" : ", " + ref.sheet());
            byPlace.computeIfAbsent(place, p -> new TreeSet<>()).add(ref.row());
        }
        List<String> places = new ArrayList<>();
        byPlace.forEach((place, rows) -> places.add(place + ": " + (rows.size() == 1 ? "row " : "rows ") + runs(rows)));
        return new RowSources(refs.size(), places);
    }

    private static String runs(TreeSet<Integer> rows) {
        List<String> runs = new ArrayList<>();
        int written = 0;
        Integer start = null;
        Integer previous = null;
        for (int row : rows) {
            if (previous != null && row == previous + 1) {
                previous = row;
                continue;
            }
            if (start != null) {
                written += add(runs, start, previous);
            }
            start = row;
            previous = row;
        }
        if (start != null) {
            written += add(runs, start, previous);
        }
        if (runs.size() > MAX_RUNS) {
            int shown = 0;
            for (String run : runs.subList(0, MAX_RUNS)) {
                String[] ends = run.split("-");
                shown += ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
            }
            return String.join(", ", runs.subList(0, MAX_RUNS)) + " and " + (written - shown) + " more";
        }
        return String.join(", ", runs);
    }

    /** Adds a run; how many rows it holds. */
    private static int add(List<String> runs, int first, int last) {
        runs.add(first == last ? String.valueOf(first) : first + "-" + last);
        return last - first + 1;
    }

    /** The spend chart's figures: each directorate's on- and off-contract spend in the month. */
    record SpendBar(String directorate, BigDecimal onContract, BigDecimal offContract) {
    }

    static List<SpendBar> spendBars(Dashboards d) {
        return d.month().byDirectorate().stream().map(l -> new SpendBar(l.name(), l.spend().onContract(),
                l.spend().offContract())).toList();
    }
}
