package uk.gov.bestvalue.returns.report;

import java.util.List;

/**
 * One part of the pack: a sheet of the workbook, a section of the HTML page, with the load batches its figures come
 * from (listed on the Sources sheet; none for the Sources and the codes themselves).
 */
record Section(String sheet, String heading, String intro, List<Table> tables, List<Long> batches) {

    static final String DELIVERY = "Delivery";
    static final String TREND = "Trend";
    static final String DASHBOARDS = "Dashboards";
    static final String SOURCES = "Sources";

    Section {
        batches = List.copyOf(batches);
    }

    /** A section whose load batches are not known yet. */
    Section(String sheet, String heading, String intro, List<Table> tables) {
        this(sheet, heading, intro, tables, List.of());
    }

    /** The same section, its figures coming from these load batches. */
    Section withBatches(List<Long> ids) {
        return new Section(sheet, heading, intro, tables, ids);
    }
}
