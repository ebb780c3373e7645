package uk.gov.bestvalue.returns.web;

import java.util.List;

import uk.gov.bestvalue.returns.warehouse.LoadBatch;

/**
 * A load batch as its page shows it: the file and what became of it, and its findings grouped by rule.
 *
 * @param returnTitle  the return's title, or null when the file was not recognised
 * @param directorate  the directorate's name, or null when nobody could place the file
 * @param groups       the findings grouped by rule and severity, errors first, each with its first rows
 * @param rule         the one rule whose findings are all listed, or null
 * @param hasWorkbook  whether a checked workbook can be downloaded (the batch has findings on its own rows)
 */
record BatchView(LoadBatch batch, String returnTitle, String directorate, List<Group> groups, String rule,
                 boolean hasWorkbook) {

    /** When the file came, in the council's time. */
    public String received() {
        return batch.receivedAt() == null ? "" : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(java.time.ZoneId.of("Europe/London")).format(batch.receivedAt());
    }

    /** Every finding of the batch, counted. */
    public int findings() {
        return groups.stream().mapToInt(Group::count).sum();
    }

    /** One rule's findings: how many, and the first of them in sheet and row order. */
    record Group(String rule, String severity, int count, List<Row> first) {

        /** Whether rows beyond those shown exist. */
        public boolean more() {
            return count > first.size();
        }
    }

    /** One finding where its owner finds it: sheet, row, column, the value as written, what to do. */
    record Row(String sheet, int row, String column, String cell, String field, String value, String message,
               String period) {

        /** The anchor of the row on the page, as the dashboards link to it. */
        public String anchor() {
            return "row-" + sheet.replaceAll("[^A-Za-z0-9]", "_") + "-" + row;
        }
    }
}
