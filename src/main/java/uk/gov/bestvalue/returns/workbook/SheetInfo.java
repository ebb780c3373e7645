package uk.gov.bestvalue.returns.workbook;

/** A sheet's name and whether it is hidden (or very hidden) in the workbook. */
public record SheetInfo(String name, boolean hidden) {
}
