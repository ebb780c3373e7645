package uk.gov.bestvalue.returns.web;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import uk.gov.bestvalue.returns.access.Viewer;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.report.dashboard.DashboardScope;
import uk.gov.bestvalue.returns.report.dashboard.Dashboards;
import uk.gov.bestvalue.returns.report.dashboard.ProcurementDashboards;
import uk.gov.bestvalue.returns.report.dashboard.SourceRef;

/**
 * The procurement dashboards of a month: council-wide for the programme office (or one directorate it picks), a
 * lead's own directorates for a lead; each figure links to the rows behind it, found again on the server.
 */
@Controller
@ConditionalOnWebApplication
class DashboardsController {

    private final ProcurementDashboards dashboards;
    private final SubmissionGridQuery periods;
    private final SourceRows rows;
    private final OwnersDirectory owners;
    private final Clock clock = Clock.systemDefaultZone();

    DashboardsController(ProcurementDashboards dashboards, SubmissionGridQuery periods, SourceRows rows,
                         OwnersDirectory owners) {
        this.dashboards = dashboards;
        this.periods = periods;
        this.rows = rows;
        this.owners = owners;
    }

    @GetMapping("/dashboards")
    String dashboards(@RequestParam(required = false) String period,
                      @RequestParam(required = false) String directorate, Authentication signedIn, Model model) {
        Viewer viewer = Viewers.of(signedIn);
        YearMonth month = month(period);
        DashboardScope scope = scope(viewer, directorate);
        model.addAttribute("d", dashboards.read(month, scope));
        model.addAttribute("fmt", Figures.INSTANCE);
        model.addAttribute("periods", periods.periods());
        // only the programme office picks a directorate; a lead's scope is theirs
        model.addAttribute("directorates", viewer.programmeOffice() ? owners.directorates() : List.of());
        model.addAttribute("chosen", directorate == null || directorate.isBlank() ? "" : directorate);
        model.addAttribute("scopeName", scope.isCouncilWide() ? "the whole council" : String.join(", ",
                scope.directorates().stream().map(id -> owners.byId(id).map(x -> x.name()).orElse(id)).toList()));
        return "dashboards";
    }

    @GetMapping("/dashboards/rows")
    String rowsBehind(@RequestParam(required = false) String period,
                      @RequestParam(required = false) String directorate, @RequestParam String figure,
                      @RequestParam String key, Authentication signedIn, Model model) {
        Viewer viewer = Viewers.of(signedIn);
        YearMonth month = month(period);
        Dashboards read = dashboards.read(month, scope(viewer, directorate));
        List<SourceRef> sources = DashboardFigures.sources(read, figure, key)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such figure."));
        model.addAttribute("period", month.toString());
        model.addAttribute("chosen", directorate == null ? "" : directorate);
        model.addAttribute("figure", figure);
        model.addAttribute("key", key);
        model.addAttribute("count", sources.size());
        model.addAttribute("rows", rows.read(sources));
        model.addAttribute("viewerMaySee", viewer);
        return "dashboard-rows";
    }

    private YearMonth month(String period) {
        if (period != null && !period.isBlank()) {
            if (!period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A month is written yyyy-MM, e.g. 2016-01.");
            }
            return YearMonth.parse(period);
        }
        List<String> known = periods.periods();
        return known.isEmpty() ? YearMonth.now(clock).minusMonths(1) : YearMonth.parse(known.get(0));
    }

    /** A lead's own directorates (another one asked for is 403); the programme office's pick, else the council. */
    private DashboardScope scope(Viewer viewer, String directorate) {
        boolean picked = directorate != null && !directorate.isBlank();
        if (picked && owners.byId(directorate).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such directorate.");
        }
        if (viewer.programmeOffice()) {
            return picked ? DashboardScope.of(List.of(directorate)) : DashboardScope.councilWide();
        }
        if (picked) {
            Viewers.requireMaySee(viewer, directorate);
            return DashboardScope.of(List.of(directorate));
        }
        return DashboardScope.of(viewer.directorates());
    }
}
