package uk.gov.bestvalue.returns.returntypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.rules.FieldChecks;
import uk.gov.bestvalue.returns.rules.HeaderFindings;
import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.rules.Rule;
import uk.gov.bestvalue.returns.rules.RuleContext;
import uk.gov.bestvalue.returns.rules.UnreadableColumns;
import uk.gov.bestvalue.returns.spec.FieldTyping;
import uk.gov.bestvalue.returns.spec.HeaderMatch;
import uk.gov.bestvalue.returns.spec.WarehouseColumns;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Checks the rows of one return in file order: types each row, then applies the return type's plan rules.
 * Holds the return's running state (keys seen), so use one instance per file.
 */
public final class ReturnValidator<T> {

    private final ReturnType<T> type;
    private final List<Rule<T>> rules;
    private final HeaderMatch header;
    private final WarehouseColumns.Size[] columnSizes;
    private final FieldTyping typing;
    private final RuleContext context;
    private final HeaderFindings headerFindings;
    // the table's header findings, made once and handed over with its first row
    private List<Finding> headerFindingsDue;

    public ReturnValidator(ReturnType<T> type, HeaderMatch header, RuleContext context) {
        this(type, header, context, new HeaderFindings());
    }

    /** A validator for one table of a return; {@code headerFindings} is shared by the return's tables. */
    public ReturnValidator(ReturnType<T> type, HeaderMatch header, RuleContext context, HeaderFindings headerFindings) {
        this.type = type;
        this.rules = type.rules(context.settings());
        this.header = header;
        this.columnSizes = FieldChecks.columnSizes(header.spec());
        this.typing = new FieldTyping(header.spec().fields());
        this.context = context;
        this.headerFindings = headerFindings;
        this.headerFindingsDue = headerFindings.guessedColumns(header);
    }

    /** Checks one data row. */
    public CheckedRow check(SheetRow sheetRow) {
        return checkTyped(sheetRow).row();
    }

    /** A row checked, with what each of its fields came to (read, unreadable, blank) by the spec's field order. */
    record Typed(CheckedRow row, UnreadableColumns.Outcome[] outcomes) {
    }

    /** Checks one data row, saying also what each field came to: the reader sees columns no value of which can be read. */
    Typed checkTyped(SheetRow sheetRow) {
        FieldChecks.Mapped mapped = FieldChecks.map(header, columnSizes, typing, sheetRow);
        List<Finding> findings = new ArrayList<>(headerFindingsDue);
        headerFindingsDue = List.of();
        findings.addAll(mapped.findings());
        T item = type.item(mapped.row());
        for (Rule<T> rule : rules) {
            rule.check(item, context, findings);
        }
        findings = headerFindings.regroup(header, findings);
        List<Object> derived = List.of();
        if (mapped.loadable() && !type.derivedColumnNames().isEmpty()) {
            Map<String, Object> columns = type.derivedColumns(item);
            derived = type.derivedColumnNames().stream().map(columns::get).toList();
        }
        return new Typed(new CheckedRow(mapped.row(), findings, mapped.loadable(), derived), mapped.outcomes());
    }
}
