package uk.gov.bestvalue.returns.spec;

import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.keys.ColumnTitles;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetInfo;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;

/**
 * Recognises which return a workbook is by its column titles (the header is searched for in the first
 * rows of each sheet), then finds its directorate and period on the cover, else in the file name.
 */
public final class ReturnRecognizer {

    /** How far down a sheet the header may be. */
    static final int HEADER_SEARCH_ROWS = 30;

    private final ReturnCatalog catalog;
    private final OwnersDirectory owners;

    public ReturnRecognizer(ReturnCatalog catalog, OwnersDirectory owners) {
        this.catalog = catalog;
        this.owners = owners;
    }

    /**
     * Recognises the file or says, for its owner, why it cannot be. A file recognised as a return but not placed
     * (no directorate or month found) is still returned, with {@link Recognition#placementProblem()} saying why,
     * so that its rows can be checked too and one resubmission fixes everything.
     */
    public Recognition recognise(WorkbookFile workbook) throws IOException, UnrecognisedReturnException {
        String fileName = workbook.path().getFileName().toString();
        List<HeaderMatch> candidates = new ArrayList<>();
        Cover coverSheet = Cover.EMPTY;
        List<List<SheetRow>> topRowsBySheet = new ArrayList<>();
        for (SheetInfo sheet : searchOrder(workbook.sheets())) {
            List<SheetRow> top = topRows(workbook, sheet.name());
            topRowsBySheet.add(top);
            if (sheet.name().toLowerCase(Locale.ROOT).contains("cover")) {
                coverSheet = Cover.read(top);
            }
            for (int i = 0; i < top.size(); i++) {
                List<SheetRow> below = top.subList(i + 1, top.size());
                HeaderTitles titles = HeaderTitles.of(top.get(i));
                for (ReturnSpec spec : catalog.specs()) {
                    candidates.add(HeaderMatch.of(spec, top.get(i), titles, below));
                }
            }
        }
        Optional<HeaderMatch> best = candidates.stream().filter(HeaderMatch::isComplete).max(BEST);
        Optional<Directorate> fromName = owners.findInFileName(fileName);
        if (best.isEmpty()) {
            throw new UnrecognisedReturnException(NoHeaderRow.explain(topRowsBySheet) + nearMisses(candidates),
                    fromName.map(Directorate::id).orElse(null));
        }
        List<HeaderMatch> tables = tablesOf(best.get().spec(), candidates, workbook.sheets());
        if (tables.isEmpty()) {
            tables = List.of(best.get()); // the only table is on a hidden sheet: still the return's data
        }
        // the first table read is the one whose cover rows count (not a hidden template's)
        HeaderMatch header = tables.get(0);
        Cover cover = Cover.read(rowsAbove(header, topRowsBySheet)).orElse(coverSheet);
        Directorate directorate;
        try {
            directorate = resolveDirectorate(cover, fromName, header);
        } catch (UnrecognisedReturnException unplaced) {
            return new Recognition(tables, null, null, cover, unplaced.getMessage());
        }
        Optional<YearMonth> named = Periods.fromCell(cover.period()).or(() -> Periods.fromFileName(fileName));
        if (named.isEmpty() && header.spec().isLedger()) {
            // an export may span months: its rows carry their own dates
            return new Recognition(tables, directorate, null, cover, null);
        }
        if (named.isEmpty()) {
            return new Recognition(tables, directorate, null, cover, "This " + header.spec().title()
                    + " does not say which month it is for. Add a Cover sheet with 'Period' and the month "
                    + "(e.g. 2016-01), or put the month in the file name.");
        }
        return new Recognition(tables, directorate, named.get(), cover, null);
    }

    /** The likeliest header: the most evidence, then the most columns, then the highest row. */
    private static final Comparator<HeaderMatch> BEST = Comparator.comparingDouble(HeaderMatch::score)
            .thenComparingInt(HeaderMatch::matchedCount).thenComparing(m -> -m.headerRowNumber());

    /** Every visible sheet with a complete header for the spec (its best one), in workbook order. */
    private static List<HeaderMatch> tablesOf(ReturnSpec spec, List<HeaderMatch> candidates, List<SheetInfo> sheets) {
        List<HeaderMatch> tables = new ArrayList<>();
        for (SheetInfo sheet : sheets) {
            if (sheet.hidden()) {
                continue;
            }
            candidates.stream()
                    .filter(m -> m.sheet().equals(sheet.name()) && m.spec().id().equals(spec.id()) && m.isComplete())
                    .max(BEST)
                    .ifPresent(tables::add);
        }
        return tables;
    }

    private Directorate resolveDirectorate(Cover cover, Optional<Directorate> fromName, HeaderMatch header)
            throws UnrecognisedReturnException {
        if (cover.directorate() != null) {
            Optional<Directorate> named = owners.resolve(cover.directorate());
            if (named.isPresent()) {
                return named.get();
            }
            throw new UnrecognisedReturnException("The cover names the directorate '" + cover.directorate()
                    + "', which is not one we know. Use one of: " + knownDirectorates() + ".",
                    fromName.map(Directorate::id).orElse(null));
        }
        if (fromName.isEmpty() && header.spec().defaultDirectorate() != null) {
            Optional<Directorate> fallback = owners.byId(header.spec().defaultDirectorate());
            if (fallback.isPresent()) {
                return fallback.get();
            }
        }
        return fromName.orElseThrow(() -> new UnrecognisedReturnException("This " + header.spec().title()
                + " does not say which directorate sent it. Add a Cover sheet with 'Directorate' and its name ("
                + knownDirectorates() + "), or put the directorate in the file name.", null));
    }

    private String knownDirectorates() {
        return owners.directorates().stream().map(Directorate::name).collect(Collectors.joining(", "));
    }

    private static String nearMisses(List<HeaderMatch> candidates) {
        List<HeaderMatch> closest = new ArrayList<>();
        candidates.stream()
                .sorted(BEST.reversed())
                .forEach(m -> {
                    if (closest.stream().noneMatch(c -> c.spec().id().equals(m.spec().id()))) {
                        closest.add(m);
                    }
                });
        StringBuilder reason = new StringBuilder("The file was not recognised as any return we collect: no sheet has "
                + "a header row with the columns a return needs (searched the first " + HEADER_SEARCH_ROWS
                + " rows of each sheet). Closest:");
        for (HeaderMatch match : closest) {
            reason.append("\n- ").append(match.spec().title()).append(" (").append(match.spec().id())
                    .append("): ").append(match.matchedCount()).append(" of ").append(match.spec().fields().size())
                    .append(" columns found; missing ").append(missingWithNearest(match));
        }
        if (closest.isEmpty()) {
            reason.append(" none (the workbook has no rows)");
        } else {
            HeaderMatch first = closest.get(0);
            reason.append("\nThe columns of the row that came closest (").append(first.sheet()).append(" row ")
                    .append(first.headerRowNumber()).append("): ").append(first.titles().stream()
                            .filter(t -> !t.isBlank()).map(t -> "'" + t + "'").collect(Collectors.joining(", ")))
                    .append('.');
        }
        reason.append("\nUse the return template, or rename the columns to the titles above.");
        return reason.toString();
    }

    /** "Supplier Name (nearest: 'Payee Ref'), Amount": what a person may rename, or pin in column-pins.yml. */
    private static String missingWithNearest(HeaderMatch match) {
        List<String> missing = new ArrayList<>();
        for (FieldSpec field : match.missingRequiredFields()) {
            String nearest = match.nearestTitle(field.name());
            missing.add(field.title() + (nearest == null ? "" : " (nearest column: '" + nearest + "')"));
        }
        return String.join(", ", missing);
    }

    private static List<SheetRow> rowsAbove(HeaderMatch header, List<List<SheetRow>> topRowsBySheet) {
        for (List<SheetRow> top : topRowsBySheet) {
            if (!top.isEmpty() && top.get(0).sheet().equals(header.sheet())) {
                return top.stream().filter(r -> r.rowNumber() < header.headerRowNumber()).toList();
            }
        }
        return List.of();
    }

    private List<SheetInfo> searchOrder(List<SheetInfo> sheets) {
        List<String> preferred = catalog.specs().stream()
                .flatMap(s -> s.sheets().stream()).map(ColumnTitles::normalise).toList();
        return sheets.stream()
                .sorted(Comparator.comparing((SheetInfo s) -> s.hidden())
                        .thenComparing(s -> !preferred.contains(ColumnTitles.normalise(s.name()))))
                .toList();
    }

    private static List<SheetRow> topRows(WorkbookFile workbook, String sheet) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (RowCursor cursor = workbook.openSheet(sheet)) {
            SheetRow row;
            while ((row = cursor.next()) != null && row.rowNumber() <= HEADER_SEARCH_ROWS) {
                if (!row.isBlank()) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
