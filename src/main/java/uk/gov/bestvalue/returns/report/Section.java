package uk.gov.bestvalue.returns.report;

import java.util.List;

/** One part of the pack: a sheet of the workbook, a section of the HTML page. */
record Section(String sheet, String heading, String intro, List<Table> tables) {

    static final String DELIVERY = "Delivery";
    static final String TREND = "Trend";
    static final String DASHBOARDS = "Dashboards";
}
