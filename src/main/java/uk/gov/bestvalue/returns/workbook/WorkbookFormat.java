package uk.gov.bestvalue.returns.workbook;

/** The real format of a spreadsheet file, detected from its bytes. */
public enum WorkbookFormat { XLSX, XLS, CSV }
