package uk.gov.bestvalue.returns.returntypes;

import java.util.List;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.ReturnRow;

/**
 * A row after every check: the typed row, its findings (field checks and plan rules), and whether it is
 * loaded into the warehouse. Extra columns are the return type's derived ones.
 */
public record CheckedRow(ReturnRow row, List<Finding> findings, boolean loadable, List<Object> derivedValues) {
}
