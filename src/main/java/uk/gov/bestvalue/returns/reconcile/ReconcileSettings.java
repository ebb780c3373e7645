package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import uk.gov.bestvalue.returns.config.JobDefinitions;

/**
 * The reconciliation's settings: {@code rules.yml}'s {@code reconciliation:} section (thresholds, tolerances,
 * switches, who owes which return) and the deadline day of {@code schedule.yml}.
 */
public record ReconcileSettings(Map<String, Boolean> enabled, double nameSimilarity, BigDecimal greenMaxShare,
                                BigDecimal amberMaxShare, List<String> grantExpenseTypes, BigDecimal receiptTolerance,
                                Map<String, List<String>> owes, int deadlineDay) {

    /** Reads both files. */
    public static ReconcileSettings load(JobDefinitions definitions) {
        JsonNode rules = definitions.tree("rules.yml").path("reconciliation");
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        for (String rule : List.of("R1", "R2", "R3", "R4", "R5", "R6")) {
            JsonNode flag = rules.path(rule).path("enabled");
            enabled.put(rule, flag.isMissingNode() || flag.asBoolean());
        }
        Map<String, List<String>> owes = new LinkedHashMap<>();
        for (var entry : rules.path("R6").path("owes").properties()) {
            owes.put(entry.getKey(), strings(entry.getValue()));
        }
        int deadlineDay = definitions.tree("schedule.yml").path("deadline-day").asInt(3);
        return new ReconcileSettings(enabled, number(rules, "R1", "name-similarity", "0.90").doubleValue(),
                number(rules, "R1", "green-max-share", "0.05"), number(rules, "R1", "amber-max-share", "0.15"),
                strings(rules.path("R3").path("grant-expense-types")), number(rules, "R4", "receipt-tolerance", "0.01"),
                owes, deadlineDay);
    }

    /** Whether a rule R1..R6 is on. */
    public boolean on(String rule) {
        return enabled.getOrDefault(rule, true);
    }

    /** The return types a directorate owes each month ({@code default} unless it has its own list). */
    public List<String> owedBy(String directorateId) {
        return owes.getOrDefault(directorateId, owes.getOrDefault("default", List.of()));
    }

    /** Whether a ledger line's expense type makes it a grant payment (R3) rather than spend on a contract (R1). */
    public boolean isGrantPayment(String expenseType) {
        if (expenseType == null) {
            return false;
        }
        String lower = expenseType.toLowerCase(java.util.Locale.ROOT);
        return grantExpenseTypes.stream().anyMatch(t -> lower.contains(t.toLowerCase(java.util.Locale.ROOT)));
    }

    /** RAG of an off-contract share. */
    public String status(BigDecimal share) {
        if (share == null || share.compareTo(greenMaxShare) <= 0) {
            return "GREEN";
        }
        return share.compareTo(amberMaxShare) <= 0 ? "AMBER" : "RED";
    }

    private static BigDecimal number(JsonNode rules, String rule, String name, String fallback) {
        JsonNode value = rules.path(rule).path(name);
        return new BigDecimal(value.isValueNode() ? value.asString() : fallback);
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.forEach(v -> values.add(v.asString()));
        return values;
    }
}
