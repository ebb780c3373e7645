package uk.gov.bestvalue.returns.returntypes.milestones;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import uk.gov.bestvalue.returns.keys.KeyText;
import uk.gov.bestvalue.returns.rules.ReturnRow;
import uk.gov.bestvalue.returns.rules.Wording;

/** One milestone of an action plan milestones return, with the typed row it came from (for its cells). */
public record MilestoneLine(ReturnRow row, String area, String action, String milestone, LocalDate deadline,
                            LocalDate originalDeadline, String status, BigDecimal percentComplete,
                            String boardApproval) {

    /** Reads the fields the rules and the warehouse use from a typed row. */
    public static MilestoneLine of(ReturnRow row) {
        return new MilestoneLine(row, row.text("area"), row.text("action"), row.text("milestone"),
                row.date("deadline"), row.date("original_deadline"), row.text("status"),
                (BigDecimal) row.value(row.spec().indexOf("percent_complete")), row.text("board_approval"));
    }

    /** The status as a KPI counts it. */
    public MilestoneStatus category() {
        return MilestoneStatus.of(status);
    }

    public boolean isComplete() {
        return category() == MilestoneStatus.COMPLETE;
    }

    /** Whether the % complete is 100% (or more). */
    public boolean isFullyDone() {
        return percentComplete != null && percentComplete.compareTo(BigDecimal.ONE) >= 0;
    }

    /** How the milestone is named in messages: its text, shortened, with its area. */
    public String name() {
        String text = milestone == null ? "(no milestone text)" : milestone;
        return "\"" + (text.length() > 80 ? text.substring(0, 77) + "..." : text) + "\" (" + area + ")";
    }

    /** The % complete as a person writes it: 50%. */
    public String percentWording() {
        return percent(percentComplete);
    }

    /** A fraction as a whole-number percentage; "blank" for null. */
    static String percent(BigDecimal fraction) {
        return fraction == null ? "blank" : fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** A month deadline as the file wrote it (Apr-16), else dd/mm/yyyy. */
    String deadlineWording(String field, LocalDate date) {
        String raw = row.raw(field);
        return raw != null && !raw.matches(".*\\d{4}-\\d{2}-\\d{2}.*") && !raw.matches("[0-9.]+") ? raw : Wording.date(date);
    }

    /**
     * The key a milestone is matched on from one month to the next: area, action and milestone text in lower
     * case without accents, with runs of anything but letters and digits made one space. Milestone texts alone recur
     * within an area.
     */
    public String key() {
        return key(area, action, milestone);
    }

    /** The key of a milestone with this area, action and milestone text, as {@link #key()} makes it. */
    public static String key(String area, String action, String milestone) {
        return normalise(area) + "|" + normalise(action) + "|" + normalise(milestone);
    }

    static String normalise(String text) {
        return text == null ? "" : KeyText.folded(text).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
