package uk.gov.bestvalue.returns.report;

import static uk.gov.bestvalue.returns.report.PackTables.row;
import static uk.gov.bestvalue.returns.report.Table.col;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.gov.bestvalue.returns.report.PackData.DisposalRow;
import uk.gov.bestvalue.returns.report.PackData.GrantRow;
import uk.gov.bestvalue.returns.report.PackData.GridRow;
import uk.gov.bestvalue.returns.report.PackData.SourceBatch;
import uk.gov.bestvalue.returns.report.Table.Column;
import uk.gov.bestvalue.returns.report.Table.Kind;

/** The pack's grants, disposals, submissions, trend and sources tables. */
final class ReturnTables {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private static final Map<String, String> RULES = Map.of("R1", "Off-contract payments", "R2",
            "Contracts paid beyond their value", "R3", "Grant payments without a signed agreement or beyond the award",
            "R4", "Capital receipts not matching a completed disposal, or missing", "R5",
            "Contracts gone from a return before their end, or changed in value", "R6", "Returns missing after the deadline (chased)");

    Section grants(PackData data) {
        List<List<Object>> rows = new ArrayList<>();
        int agreements = 0;
        int signed = 0;
        Integer specified = 0;
        Integer decided = 0;
        Integer identified = 0;
        BigDecimal awarded = BigDecimal.ZERO;
        BigDecimal paid = BigDecimal.ZERO;
        for (GrantRow g : data.grants()) {
            rows.add(row(g.directorate(), g.agreements(), g.awarded(), g.paid(), g.signed(),
                    Shares.of(g.signed(), g.agreements()), Shares.of(g.specified(), g.agreements()),
                    Shares.of(g.decided(), g.agreements()), Shares.of(g.identified(), g.agreements())));
            agreements += g.agreements();
            signed += g.signed();
            specified = add(specified, g.specified());
            decided = add(decided, g.decided());
            identified = add(identified, g.identified());
            awarded = g.awarded() == null ? awarded : awarded.add(g.awarded());
            paid = g.paid() == null ? paid : paid.add(g.paid());
        }
        rows.add(row("Total", agreements, awarded, paid, signed, Shares.of(signed, agreements),
                Shares.of(specified, agreements), Shares.of(decided, agreements), Shares.of(identified, agreements)));
        Table table = new Table("Grant agreements on the grants returns",
                "Signed: the agreement is signed (G1). Specified: outputs and outcomes specified in advance with one of the "
                        + "three specification types (no G4 finding). Public decision: a decision reference dated on or "
                        + "before the award (no G3). Identified: the recipient has a charity or company number (no G6).",
                List.of(col("Directorate", Kind.TEXT), col("Agreements", Kind.COUNT), col("Awarded", Kind.MONEY),
                        col("Paid to date", Kind.MONEY), col("Signed", Kind.COUNT), col("Signed share", Kind.SHARE),
                        col("Outputs and specification share", Kind.SHARE), col("Public decision share", Kind.SHARE),
                        col("Recipient identified share", Kind.SHARE)), rows, true);
        return new Section("Grants", "Grants", "Grant agreements on the directorates' grants returns for the month.",
                List.of(table));
    }

    Section disposals(PackData data) {
        List<List<Object>> rows = new ArrayList<>();
        int[] sum = new int[3];
        BigDecimal[] money = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (DisposalRow d : data.disposals()) {
            rows.add(row(d.directorate(), d.disposals(), d.completed(), d.consideration(), d.receiptsExpected(),
                    d.receiptsRecorded(), d.withoutReceipt()));
            sum[0] += d.disposals();
            sum[1] += d.completed();
            sum[2] += d.withoutReceipt();
            money[0] = money[0].add(d.consideration());
            money[1] = money[1].add(d.receiptsExpected());
            money[2] = money[2].add(d.receiptsRecorded());
        }
        rows.add(row("Total", sum[0], sum[1], money[0], money[1], money[2], sum[2]));
        Table table = new Table("Property disposals on the disposals returns",
                "Completed: a completion date by the end of the month. Receipts expected: the consideration of completed "
                        + "disposals for money, lettings aside (D5). The finance ledgers show " + data.receipts().receipts()
                        + " capital receipts dated in the month, " + money(data.receipts().amount()) + "; R4 found "
                        + data.reconciliationCounts().getOrDefault("R4", 0) + " receipts or disposals that do not match.",
                List.of(col("Directorate", Kind.TEXT), col("Disposals", Kind.COUNT), col("Completed", Kind.COUNT),
                        col("Consideration", Kind.MONEY), col("Capital receipts expected", Kind.MONEY),
                        col("Capital receipts recorded", Kind.MONEY), col("Completed without a receipt", Kind.COUNT)),
                rows, true);
        return new Section("Disposals", "Property disposals", "Disposals on the directorates' returns for the month.",
                List.of(table));
    }

    Section submissions(PackData data) {
        List<Column> columns = new ArrayList<>(List.of(col("Directorate", Kind.TEXT)));
        data.submissions().returnTypes().forEach(t -> columns.add(col(t, Kind.STATUS)));
        List<List<Object>> rows = new ArrayList<>();
        for (GridRow r : data.submissions().rows()) {
            List<Object> cells = new ArrayList<>(List.of(r.directorate()));
            cells.addAll(r.cells());
            rows.add(cells);
        }
        Table table = new Table("Returns received for the month", "Received: loaded with no findings. Loaded with "
                + "findings: loaded, its owners told what to correct. Missing: owed (rules.yml R6) and not received by "
                + "the deadline. Not owed: the directorate does not send this return." + unplaced(data.submissions()),
                columns, rows, false);
        return new Section("Submissions", "Submission status", "Each directorate's returns for the month.", List.of(table));
    }

    /** The rejected files the grid has no cell for, named, so that the headline's count can be traced. */
    private static String unplaced(PackData.SubmissionGrid grid) {
        List<String> files = grid.rejectedUnplaced();
        return files.isEmpty() ? "" : " Also rejected this month, as no return type and directorate could be told "
                + "from " + (files.size() == 1 ? "it" : "them") + " (unreadable or not recognised): "
                + String.join(", ", files) + ".";
    }

    Section trend(PackData data) {
        PackData.Trend trend = data.trend();
        List<Column> columns = new ArrayList<>(List.of(col("Month", Kind.MONTH), col("Overall", Kind.SHARE)));
        trend.areas().forEach(a -> columns.add(col(a, Kind.SHARE)));
        columns.add(col("Off-contract spend", Kind.MONEY));
        columns.add(col("Off-contract share", Kind.SHARE));
        List<List<Object>> rows = new ArrayList<>();
        for (YearMonth month : trend.months()) {
            List<Object> cells = new ArrayList<>();
            cells.add(MONTH.format(month));
            trend.shares().values().forEach(byMonth -> cells.add(byMonth.get(month)));
            cells.add(trend.offContractSpend().get(month));
            cells.add(trend.offContractShare().get(month));
            rows.add(cells);
        }
        int shown = trend.months().size();
        String note = "Only the months of the twelve up to " + MONTH.format(data.period()) + " that have a milestones "
                + "return or a monthly run are shown: " + (shown == 0 ? "none has." : shown + " of 12."
                + (shown < 2 ? " The charts appear from two months." : ""));
        Table table = new Table("Share complete or on track, and off-contract spend, by month", note, columns, rows,
                false);
        return new Section(Section.TREND, "Trend over twelve months", "The months up to " + MONTH.format(data.period())
                + " with figures: " + (shown == 0 ? "none." : trend.months().stream().map(MONTH::format)
                .collect(java.util.stream.Collectors.joining(", ")) + "."), List.of(table));
    }

    /**
     * The files behind the pack: each current load batch, when it was received and which sections its figures feed,
     * then each section with its batches. The page's sections link to these rows ({@code #batch-<id>}).
     */
    Section sources(PackData data, List<Section> sections) {
        Map<Long, List<String>> feeds = new java.util.LinkedHashMap<>();
        List<List<Object>> bySection = new ArrayList<>();
        for (Section section : sections) {
            List<Long> batches = SectionSources.of(section.sheet(), data);
            batches.forEach(id -> feeds.computeIfAbsent(id, k -> new ArrayList<>()).add(section.sheet()));
            bySection.add(row(section.heading(), batches.isEmpty() ? "none"
                    : batches.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (SourceBatch s : data.sources()) {
            rows.add(row(s.id(), s.file(), s.returnType(), s.directorate(), s.period(),
                    s.receivedAt() == null ? null : TIME.format(s.receivedAt()), s.rows(), s.sha256(),
                    s.loadedAt() == null ? null : TIME.format(s.loadedAt()),
                    String.join(", ", feeds.getOrDefault(s.id(), List.of()))));
        }
        Table table = new Table(BATCHES_TITLE, "Every figure traces to its file's rows "
                + "(load_batch, and the source sheet and row of each fact); returns-pipeline trace --batch N tells a batch's "
                + "whole story.",
                List.of(col("Load batch", Kind.COUNT), col("File", Kind.TEXT), col("Return type", Kind.TEXT),
                        col("Directorate", Kind.TEXT), col("Period", Kind.MONTH), col("Received", Kind.MONTH),
                        col("Rows loaded", Kind.COUNT), col("SHA-256", Kind.CODE), col("Loaded at", Kind.MONTH),
                        col("Figures in", Kind.TEXT)), rows, false);
        Table perSection = new Table("The load batches behind each section", "A section's figures come from these "
                + "batches only.", List.of(col("Section", Kind.TEXT), col("Load batches", Kind.TEXT)), bySection, false);
        return new Section(Section.SOURCES, "Sources", "The files behind this pack.", List.of(table, perSection));
    }

    /** The title of the Sources table whose rows the sections link to. */
    static final String BATCHES_TITLE = "Current load batches the figures come from";

    static Table reconciliationCounts(PackData data) {
        List<List<Object>> rows = new ArrayList<>();
        data.reconciliationCounts().forEach((rule, count) -> rows.add(row(rule, count, RULES.get(rule))));
        PackData.RunInfo run = data.run();
        String note = run == null ? "The monthly reconciliation has not run for this month."
                : (run.finishedAt() == null ? "This month's reconciliation"
                : "Monthly run " + run.status().toLowerCase(Locale.ROOT) + " at " + TIME.format(run.finishedAt()))
                + ": " + run.payments() + " payments, " + run.matched() + " matched to a contract or grant.";
        return new Table("Reconciliation exceptions", note, List.of(col("Rule", Kind.TEXT), col("Findings", Kind.COUNT),
                col("Exception", Kind.TEXT)), rows, false);
    }

    private static Integer add(Integer sum, Integer value) {
        return sum == null || value == null ? null : sum + value;
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.UK, "£%,.0f", amount);
    }
}
