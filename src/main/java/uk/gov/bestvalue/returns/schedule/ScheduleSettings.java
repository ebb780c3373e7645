package uk.gov.bestvalue.returns.schedule;

import tools.jackson.databind.JsonNode;
import uk.gov.bestvalue.returns.config.JobDefinitions;

/**
 * {@code jobs/schedule.yml}: the cron expressions (Quartz syntax, with seconds) of the monthly run and the inbox
 * poll, which period the monthly run reconciles, and the returns' deadline day.
 */
public record ScheduleSettings(String monthlyCron, String monthlyPeriod, String inboxPollCron, int deadlineDay) {

    /** Reads the file. */
    public static ScheduleSettings load(JobDefinitions definitions) {
        JsonNode root = definitions.tree("schedule.yml");
        return new ScheduleSettings(required(root, "monthly-run"), root.path("monthly-run").path("period")
                .asString("previous-month"), required(root, "inbox-poll"), root.path("deadline-day").asInt(3));
    }

    private static String required(JsonNode root, String trigger) {
        JsonNode cron = root.path(trigger).path("cron");
        if (!cron.isValueNode() || cron.asString().isBlank()) {
            throw new IllegalStateException("schedule.yml lacks " + trigger + ".cron");
        }
        return cron.asString();
    }
}
