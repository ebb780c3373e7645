package uk.gov.bestvalue.returns.notify;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import uk.gov.bestvalue.returns.directory.Directorate;
import uk.gov.bestvalue.returns.html.Html;

/** Words the email that chases a return not received by its deadline (R6). */
public final class ChaseEmail {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private ChaseEmail() {
    }

    /**
     * The chase of one return: {@code title} the return's name ("Procurement contracts return"), {@code to} its
     * owners (else the programme office), sent once per period, directorate and return type.
     */
    public static OwnerEmail compose(String title, String returnType, Directorate directorate, String period,
                                     LocalDate deadline, List<String> to, String programmeOffice) {
        String month = MONTH.format(YearMonth.parse(period));
        String subject = "Overdue: " + title + ", " + directorate.name() + ", " + month;
        String text = "Dear colleague,\n\nThe " + title + " of " + directorate.name() + " for " + month
                + " was due by " + DAY.format(deadline) + " and has not been received. Please drop it into the returns "
                + "inbox as soon as you can, or tell the Best Value programme office (" + programmeOffice
                + ") why it cannot be sent.\n\nBest Value returns pipeline\n";
        String html = "<p>Dear colleague,</p><p>The <b>" + Html.escape(title) + "</b> of " + Html.escape(directorate.name())
                + " for " + month + " was due by <b>" + DAY.format(deadline) + "</b> and has not been received. "
                + "Please drop it into the returns inbox as soon as you can, or tell the Best Value programme office ("
                + Html.escape(programmeOffice) + ") why it cannot be sent.</p><p>Best Value returns pipeline</p>";
        return new OwnerEmail(to, subject, text, html, "chase-" + directorate.id() + "-" + returnType + "-" + period);
    }
}
