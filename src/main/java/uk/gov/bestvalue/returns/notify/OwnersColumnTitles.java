package uk.gov.bestvalue.returns.notify;

import java.util.List;
import java.util.Map;

import uk.gov.bestvalue.returns.rules.Finding;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/**
 * The findings as their owner reads them, in the email and the checked workbook: each field named by the title of
 * the column it was read from in the owner's own header row ("Contract Ref"), or, for a column the file lacks, by the
 * field's label in the return's definition ("Decision Reference"), never by the warehouse's name for it
 * ({@code decision_reference}).
 */
final class OwnersColumnTitles {

    private OwnersColumnTitles() {
    }

    /**
     * The findings with their fields so named; {@code titles} are the owner's titles by field, as the load recorded
     * them; {@code spec} is the return's definition (null when the file was not recognised).
     */
    static List<Finding> apply(Map<String, String> titles, ReturnSpec spec, List<Finding> findings) {
        return findings.stream().map(f -> {
            String title = titleOf(f.field(), titles, spec);
            return title == null || title.equals(f.field()) ? f
                    : new Finding(f.rule(), f.severity(), f.cell(), title, f.value(), f.message());
        }).toList();
    }

    private static String titleOf(String field, Map<String, String> titles, ReturnSpec spec) {
        if (field == null) {
            return null;
        }
        String owners = titles.get(field);
        if (owners != null && !owners.isBlank()) {
            return owners.strip().replaceAll("\\s+", " ");
        }
        return spec == null || spec.indexOf(field) < 0 ? null : spec.field(field).title();
    }
}
