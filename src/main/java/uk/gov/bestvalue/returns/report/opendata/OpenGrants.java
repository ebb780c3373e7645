package uk.gov.bestvalue.returns.report.opendata;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes 360Giving grants of the warehouse's grant rows, one publication at a time: identifiers by
 * {@link GivingIdentifiers}, unique within the file (a reference repeated across directorates takes the directorate's
 * id, then the row, as a suffix).
 */
final class OpenGrants {

    private final OpenDataProperties publisher;
    private final String prefix;
    private final Set<String> ids = new HashSet<>();

    OpenGrants(OpenDataProperties publisher) {
        this.publisher = publisher;
        this.prefix = GivingIdentifiers.publisherPrefix(publisher.publisherPrefix());
    }

    /** The grant of a row of v_grant_current joined to its load batch and directorate. */
    OpenGrant of(ResultSet rs) throws SQLException {
        String name = rs.getString("recipient_name").trim();
        String charity = rs.getString("recipient_charity_number");
        String company = rs.getString("recipient_company_number");
        String orgId = rs.getString("recipient_org_id");
        String title = text(rs.getString("title"));
        String theme = text(rs.getString("theme"));
        String programme = text(rs.getString("programme"));
        String shownTitle = title != null ? title : "Grant to " + name;
        String description = theme == null ? shownTitle : shownTitle + ". Theme: " + theme + ".";
        String start = date(rs.getDate("planned_start"));
        String end = date(rs.getDate("planned_end"));
        String ward = text(rs.getString("beneficiary_ward"));
        String currency = text(rs.getString("currency"));
        String department = text(rs.getString("directorate_name"));
        return new OpenGrant(uniqueId(rs), shownTitle, description, currency == null ? "GBP" : currency,
                rs.getBigDecimal("amount_awarded"), date(rs.getDate("award_date")),
                start == null && end == null ? null : List.of(new OpenGrant.Dates(start, end)),
                List.of(new OpenGrant.Organisation(
                        GivingIdentifiers.recipientOrgId(prefix, name, charity, company, orgId), name,
                        GivingIdentifiers.charityNumber(charity, orgId),
                        GivingIdentifiers.companyNumber(company, orgId), null)),
                List.of(new OpenGrant.Organisation(publisher.funderId(), publisher.funderName(), null, null,
                        department != null ? department : rs.getString("directorate_id"))),
                programme == null ? null : List.of(new OpenGrant.Programme(programme)),
                ward == null ? null : List.of(new OpenGrant.Location(ward)),
                modified(rs.getTimestamp("finished_at"), rs.getTimestamp("received_at")), publisher.dataSource());
    }

    private String uniqueId(ResultSet rs) throws SQLException {
        String id = GivingIdentifiers.grantId(prefix, rs.getString("grant_reference"));
        if (ids.add(id)) {
            return id;
        }
        String withDirectorate = id + "-" + rs.getString("directorate_id").toUpperCase(Locale.ROOT);
        if (ids.add(withDirectorate)) {
            return withDirectorate;
        }
        String withRow = withDirectorate + "-" + rs.getString("source_sheet").replaceAll("[^A-Za-z0-9]+", "")
                + rs.getInt("source_row");
        ids.add(withRow);
        return withRow;
    }

    /** When the grant's data last changed: when its return was loaded (ISO 8601 date-time, UTC). */
    private static String modified(Timestamp finished, Timestamp received) {
        Timestamp when = finished != null ? finished : received;
        return when == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                when.toInstant().truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
    }

    private static String date(Date date) {
        return date == null ? null : date.toLocalDate().toString();
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
