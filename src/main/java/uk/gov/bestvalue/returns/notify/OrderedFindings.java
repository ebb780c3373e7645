package uk.gov.bestvalue.returns.notify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Severity;
import uk.gov.bestvalue.returns.workbook.CellRef;

/**
 * A file's findings in workbook order (sheet as the workbook orders them, then row, then column; findings on a
 * sheet the workbook lacks come last), so that a sheet can be annotated in one pass while it is streamed. Only the
 * first {@code limit} are listed and commented; the order is a sort of references, so it costs 8 bytes a finding.
 */
final class OrderedFindings {

    private final Finding[] sorted;
    private final int[] sheetIndexes;
    private final int listed;
    private final int errors;

    private OrderedFindings(Finding[] sorted, int[] sheetIndexes, int listed, int errors) {
        this.sorted = sorted;
        this.sheetIndexes = sheetIndexes;
        this.listed = listed;
        this.errors = errors;
    }

    static OrderedFindings of(List<Finding> findings, List<String> sheetNames, int limit) {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, Integer> folded = new HashMap<>();
        for (int i = 0; i < sheetNames.size(); i++) {
            exact.putIfAbsent(sheetNames.get(i), i);
            folded.putIfAbsent(sheetNames.get(i).toLowerCase(Locale.ROOT), i);
        }
        record Indexed(Finding finding, int sheet) {
        }
        List<Indexed> indexed = new ArrayList<>(findings.size());
        int errors = 0;
        for (Finding finding : findings) {
            String sheet = finding.cell().sheet();
            Integer index = exact.get(sheet);
            index = index != null ? index : folded.get(sheet.toLowerCase(Locale.ROOT));
            indexed.add(new Indexed(finding, index == null ? Integer.MAX_VALUE : index));
            errors += finding.severity() == Severity.ERROR ? 1 : 0;
        }
        indexed.sort(Comparator.comparingInt(Indexed::sheet)
                .thenComparing(each -> each.finding().cell().sheet())
                .thenComparingInt(each -> each.finding().cell().row())
                .thenComparingInt(each -> each.finding().cell().column()));
        Finding[] sorted = new Finding[indexed.size()];
        int[] sheets = new int[indexed.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = indexed.get(i).finding();
            sheets[i] = indexed.get(i).sheet();
        }
        return new OrderedFindings(sorted, sheets, Math.min(sorted.length, Math.max(0, limit)), errors);
    }

    int total() {
        return sorted.length;
    }

    /** Every finding, listed or not, in workbook order. */
    List<Finding> all() {
        return java.util.Arrays.asList(sorted);
    }

    /** How many, from the start, are listed and commented. */
    int listed() {
        return listed;
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return sorted.length - errors;
    }

    Finding get(int i) {
        return sorted[i];
    }

    /** The workbook position of the sheet the i-th finding is on, or {@link Integer#MAX_VALUE} for none. */
    int sheetIndex(int i) {
        return sheetIndexes[i];
    }

    /** The first position at or after {@code from} whose finding is on that sheet or a later one. */
    int firstOnOrAfter(int sheetIndex, int from) {
        int i = from;
        while (i < sorted.length && sheetIndexes[i] < sheetIndex) {
            i++;
        }
        return i;
    }

    /** The end (exclusive) of the run of findings from {@code from} on the same cell. */
    int endOfCell(int from) {
        CellRef cell = sorted[from].cell();
        int end = from + 1;
        while (end < sorted.length && sheetIndexes[end] == sheetIndexes[from] && sameCell(sorted[end].cell(), cell)) {
            end++;
        }
        return end;
    }

    private static boolean sameCell(CellRef a, CellRef b) {
        return a.row() == b.row() && a.column() == b.column() && a.sheet().equals(b.sheet());
    }
}
