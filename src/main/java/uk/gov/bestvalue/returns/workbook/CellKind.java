package uk.gov.bestvalue.returns.workbook;

/** What a cell holds as stored in the file, before any typing. */
public enum CellKind { BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR }
