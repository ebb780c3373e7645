package uk.gov.bestvalue.returns.web;

import java.util.List;
import java.util.Optional;

import uk.gov.bestvalue.returns.report.dashboard.Dashboards;
import uk.gov.bestvalue.returns.report.dashboard.SourceRef;
import uk.gov.bestvalue.returns.report.dashboard.SpendDashboard;
import uk.gov.bestvalue.returns.report.dashboard.SpendLine;

/**
 * Names each figure of the dashboards page by a table and a key (a spend line's key, or a line's place in its list),
 * so that its link can ask for the rows behind it and the server find them again in the dashboards it reads.
 */
final class DashboardFigures {

    /** The tables a figure may come from: a spend table of the month or the quarter, or a list. */
    static final List<String> TABLES = List.of("month-total", "month-directorate", "month-category", "month-supplier",
            "quarter-total", "quarter-directorate", "quarter-category", "quarter-supplier", "expiring", "collaboration",
            "split", "waivers");

    private DashboardFigures() {
    }

    /** The rows behind one figure; empty when the dashboards have no such figure. */
    static Optional<List<SourceRef>> sources(Dashboards dashboards, String table, String key) {
        if (!TABLES.contains(table) || key == null) {
            return Optional.empty();
        }
        String[] parts = table.split("-");
        if (parts[0].equals("month") || parts[0].equals("quarter")) {
            SpendDashboard spend = parts[0].equals("month") ? dashboards.month() : dashboards.quarterToDate();
            if (parts[1].equals("total")) {
                return Optional.of(spend.total().sources());
            }
            List<SpendLine> lines = switch (parts[1]) {
                case "directorate" -> spend.byDirectorate();
                case "category" -> spend.byCategory();
                default -> spend.topSuppliers();
            };
            return lines.stream().filter(l -> l.key().equals(key)).findFirst().map(l -> l.spend().sources());
        }
        if (!key.matches("\\d{1,5}")) {
            return Optional.empty();
        }
        int index = Integer.parseInt(key);
        List<List<SourceRef>> lists = switch (table) {
            case "expiring" -> dashboards.expiring().stream().map(e -> List.of(e.source())).toList();
            case "collaboration" -> dashboards.collaboration().stream().map(c -> c.sources()).toList();
            case "split" -> dashboards.splitProcurement().stream().map(s -> s.sources()).toList();
            default -> dashboards.waivers().stream().map(w -> w.sources()).toList();
        };
        return index < lists.size() ? Optional.of(lists.get(index)) : Optional.empty();
    }
}
