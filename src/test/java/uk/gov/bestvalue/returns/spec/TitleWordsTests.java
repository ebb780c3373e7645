package uk.gov.bestvalue.returns.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.RowCursor;
import uk.gov.bestvalue.returns.workbook.SheetRow;
import uk.gov.bestvalue.returns.workbook.WorkbookFile;
import uk.gov.bestvalue.returns.workbook.Workbooks;

/** A column title read as the words a person reads in it. */
class TitleWordsTests {

    @ParameterizedTest(name = "[{0}] is {1}")
    @CsvSource(delimiter = '|', value = {
        "\uFEFFSupplierName|supplier name",
        "ï»¿ï»¿Supplier Name|supplier name",
        "Supplier name (redacted)|supplier name",
        "SUPPLIER_NAME|supplier name",
        "VATNumber|vat number",
        "Amount excl. VAT|amount net",
        "Value (£)|value",
        "(Supplier)|supplier",
        "Contract Ref No.|contract reference number",
        "Expenses Type|expenditure type",
        "Date of Payment|date payment",
        "Total (a (b) c)|total c",
        "Total (unclosed|total unclosed",
        "Année 2²|année 2²"})
    void readsATitleAsItsWords(String title, String words) {
        assertThat(TitleWords.of(title)).containsExactly(words.split(" "));
    }

    @Test
    void readsEveryPackagedTitleAsTheRegularExpressionsDid() {
        // given every alias, field name, synonym and excluded word of the packaged returns
        List<String> titles = new ArrayList<>();
        for (ReturnSpec spec : ReturnCatalog.load(new JobDefinitions(Path.of("jobs"))).specs()) {
            for (FieldSpec field : spec.fields()) {
                titles.add(field.name());
                titles.add(field.name().replace('_', ' '));
                titles.addAll(field.aliases());
                titles.addAll(field.exclude());
                field.synonyms().forEach((word, others) -> {
                    titles.add(word);
                    titles.addAll(others);
                });
            }
        }

        // then each reads as before
        assertThat(titles).hasSizeGreaterThan(300);
        assertSameWords(titles);
    }

    @Test
    void readsEveryTitleOfTheRealFilesAsTheRegularExpressionsDid() throws Exception {
        // given the first ten rows of every real council file in the corpus: titles, notes and values as published
        List<String> titles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/corpus"))) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".md")).toList()) {
                titles.addAll(firstRowsText(file));
            }
        }

        // then each reads as before
        assertThat(titles).hasSizeGreaterThan(1000);
        assertSameWords(titles);
    }

    @Test
    void readsAwkwardTextAsTheRegularExpressionsDid() {
        assertSameWords(List.of("", "   ", "\uFEFF", "ï»¿", "ï»¿ (x)", "(a)(b)", "[Note] Name", "Name [note",
                "ABCDef", "aB", "AbC", "ABC", "A", "HTMLParser2Value", "Net of VAT", "before  VAT amount",
                "exVAT", "ex vat", "without of vat", "less   of  vat", "Excluding VAT (£)", "Ａmount ｎo",
                "x\uD835\uDC00y", "₂₃ ⅷ value", "über-Größe", "ΑΒΓ δ", "tab\tseparated\nline", "(£) (€)",
                "Amount ()", "Supplier (Name)", "(Supplier) Name", "[] ()", "Ref/No.", "co-op's Y/N"));
    }

    private static void assertSameWords(List<String> titles) {
        for (String title : titles) {
            assertThat(TitleWords.of(title)).as("[%s]", title).isEqualTo(RegexTitleWords.of(title));
        }
    }

    private static List<String> firstRowsText(Path file) throws IOException {
        List<String> texts = new ArrayList<>();
        try (WorkbookFile workbook = Workbooks.open(file)) {
            for (var sheet : workbook.sheets()) {
                try (RowCursor cursor = workbook.openSheet(sheet.name())) {
                    SheetRow row = cursor.next();
                    for (int read = 0; row != null && read < 10; read++, row = cursor.next()) {
                        for (int column = 0; column < row.width(); column++) {
                            CellValue cell = row.cell(column);
                            if (!cell.isBlank()) {
                                texts.add(cell.text());
                            }
                        }
                    }
                }
            }
        }
        return texts;
    }

    /** The title's words as regular expressions read them, before the reading was written by hand for speed. */
    private static final class RegexTitleWords {

        private static final Pattern BOM = Pattern.compile("^(\uFEFF|\u00EF\u00BB\u00BF)+");
        private static final Pattern BRACKETS = Pattern.compile("[(\\[][^)\\]]*[)\\]]");
        private static final Pattern CAMEL = Pattern.compile("(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");
        private static final Pattern NET_OF_VAT = Pattern.compile(
                "\\b(excl(uding|\\.)?|exc\\.?|ex|net of|less|before|without)\\s*(of\\s+)?vat\\b");

        static List<String> of(String title) {
            String text = BOM.matcher(title.strip()).replaceFirst("");
            String outside = BRACKETS.matcher(text).replaceAll(" ");
            if (!outside.isBlank() && outside.chars().anyMatch(Character::isLetter)) {
                text = outside;
            }
            text = CAMEL.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
            text = NET_OF_VAT.matcher(text).replaceAll(" net ");
            Set<String> words = new LinkedHashSet<>();
            for (String raw : text.split("[^\\p{L}\\p{N}]+")) {
                String word = raw.isEmpty() ? null : TitleWords.word(raw);
                if (word != null) {
                    words.add(word);
                }
            }
            return new ArrayList<>(words);
        }
    }
}
