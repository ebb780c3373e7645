package uk.gov.bestvalue.returns.web;

import java.time.Clock;
import java.time.LocalDate;
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

/** The submission grid of a month: the latest month with a file unless another is picked. */
@Controller
@ConditionalOnWebApplication
class GridController {

    private final SubmissionGridQuery query;
    private final Clock clock = Clock.systemDefaultZone();

    GridController(SubmissionGridQuery query) {
        this.query = query;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/grid";
    }

    @GetMapping("/grid")
    String grid(@RequestParam(required = false) String period, Authentication signedIn, Model model) {
        Viewer viewer = Viewers.of(signedIn);
        YearMonth month;
        if (period != null && !period.isBlank()) {
            if (!period.matches("\\d{4}-(0[1-9]|1[0-2])")) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "A month is written yyyy-MM, e.g. 2016-01.");
            }
            month = YearMonth.parse(period);
        } else {
            List<String> periods = query.periods();
            month = periods.isEmpty() ? YearMonth.now(clock).minusMonths(1) : YearMonth.parse(periods.get(0));
        }
        model.addAttribute("grid", query.grid(month, viewer, LocalDate.now(clock)));
        return "grid";
    }
}
