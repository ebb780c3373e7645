package uk.gov.bestvalue.returns.report.dashboard;

import java.util.Map;

/**
 * A period's dashboards council-wide and for each directorate with contracts or payments, read at once (the
 * monitoring pack's breakdown); the map in {@code owners.yml}'s order.
 */
public record DashboardSet(Dashboards councilWide, Map<String, Dashboards> byDirectorate) {

    public DashboardSet {
        byDirectorate = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byDirectorate));
    }
}
