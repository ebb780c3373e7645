package uk.gov.bestvalue.returns.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import uk.gov.bestvalue.returns.rules.RuleSettings;

/**
 * The legend of the rule codes the pack cites (P3, M2, R4...): each with its title from rules.yml, so that a reader
 * of "(M3)" or "rules.yml P3" sees what the rule asks.
 */
final class RuleCodes {

    static final String SHEET = "Codes";
    private static final Pattern CODE = Pattern.compile("\\b([PGDMR][1-9])\\b");

    private RuleCodes() {
    }

    /** A last section listing every code that the other sections' text and cells cite, in order. */
    static Section legend(List<Section> sections, RuleSettings rules) {
        Set<String> codes = new TreeSet<>((a, b) -> order(a) != order(b) ? order(a) - order(b) : a.compareTo(b));
        for (Section section : sections) {
            collect(section.intro(), codes);
            for (Table table : section.tables()) {
                collect(table.title(), codes);
                collect(table.note(), codes);
                table.columns().forEach(c -> collect(c.header(), codes));
                table.rows().forEach(row -> row.forEach(cell -> collect(cell instanceof String s ? s : null, codes)));
            }
        }
        List<List<Object>> rows = new ArrayList<>();
        for (String code : codes) {
            String title = rules.title(code);
            if (title != null) {
                rows.add(List.of(code, title));
            }
        }
        Table table = new Table("Rule codes", "The rules are set in rules.yml, with their thresholds and the dates from "
                + "which each applies.", List.of(Table.col("Code", Table.Kind.TEXT),
                Table.col("What the rule asks", Table.Kind.LONG_TEXT)), rows, false);
        return new Section(SHEET, "Rule codes", "What each rule code cited in this pack stands for.", List.of(table));
    }

    private static void collect(String text, Set<String> codes) {
        if (text == null) {
            return;
        }
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            codes.add(m.group(1));
        }
    }

    /** Procurement, grants, disposals, milestones, then the reconciliation: the order of the pack. */
    private static int order(String code) {
        return "PGDMR".indexOf(code.charAt(0));
    }
}
