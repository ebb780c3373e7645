package uk.gov.bestvalue.returns.report.opendata;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A grant as the 360Giving Data Standard's JSON schema shapes it (property names and nesting as the schema has them;
 * absent values are left out, the schema allowing no nulls there).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OpenGrant(String id, String title, String description, String currency, BigDecimal amountAwarded,
                        String awardDate, List<Dates> plannedDates, List<Organisation> recipientOrganization,
                        List<Organisation> fundingOrganization, List<Programme> grantProgramme,
                        List<Location> beneficiaryLocation, String dateModified, String dataSource) {

    /** Planned Dates: when the grant's activity was meant to run. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Dates(String startDate, String endDate) {
    }

    /** A recipient or funding organisation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Organisation(String id, String name, String charityNumber, String companyNumber, String department) {
    }

    /** The grant programme. */
    public record Programme(String title) {
    }

    /** Where the beneficiaries are (the council's ward). */
    public record Location(String name) {
    }

    Organisation recipient() {
        return recipientOrganization.get(0);
    }

    Organisation funder() {
        return fundingOrganization.get(0);
    }

    String plannedStart() {
        return plannedDates == null ? null : plannedDates.get(0).startDate();
    }

    String plannedEnd() {
        return plannedDates == null ? null : plannedDates.get(0).endDate();
    }

    String programmeTitle() {
        return grantProgramme == null ? null : grantProgramme.get(0).title();
    }

    String locationName() {
        return beneficiaryLocation == null ? null : beneficiaryLocation.get(0).name();
    }
}
