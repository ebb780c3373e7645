package uk.gov.bestvalue.returns.spec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import uk.gov.bestvalue.returns.keys.ColumnTitles;
import uk.gov.bestvalue.returns.spec.ColumnMapping.How;
import uk.gov.bestvalue.returns.workbook.CellValue;
import uk.gov.bestvalue.returns.workbook.SheetRow;

/**
 * Maps a header row's columns to a return's fields as a person would: each (field, column) pair is scored from the
 * column's title (a listed alias, else how close its words are to one) and from the values below it, then the pairs
 * are taken best first, one column per field and one field per column, above a threshold.
 */
public final class ColumnMapper {

    /** Below this, a title's likeness to an alias is chance (one shared word in four, say). */
    static final double SIMILAR_THRESHOLD = 0.6;
    private static final double PINNED = 1.01;
    private static final double ALIAS = 1.0;
    private static final double ALIAS_RANK_STEP = 0.001;
    // an inferred mapping never outranks a listed title for the same field
    private static final double SIMILAR_WEIGHT = 0.9;
    private static final double CONTENT = 0.55;
    private static final Pattern UNTITLED = Pattern.compile("(?i)\\s*((column|field|col)\\s*\\d*)?\\s*");
    private static final Map<String, Pattern> CONTENT_SHAPES = Map.of(
            "company-number", Pattern.compile("(?i)\\s*((SC|NI|OC|SO|NC|FC|IP|R0|CE|GE)\\d{6}|0\\d{7})\\s*"),
            "charity-number", Pattern.compile("\\s*(1\\d{6}|[2-9]\\d{5}|SC0\\d{5})(-\\d+)?\\s*"),
            "postcode", Pattern.compile("(?i)\\s*[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\s*"));

    private static final Map<ReturnSpec, ColumnMapper> MAPPERS = new ConcurrentHashMap<>();

    private final ReturnSpec spec;
    private final List<FieldWords> fields;

    private ColumnMapper(ReturnSpec spec) {
        this.spec = spec;
        this.fields = spec.fields().stream().map(FieldWords::of).toList();
    }

    /** The mapper of a spec (its aliases' words worked out once). */
    public static ColumnMapper of(ReturnSpec spec) {
        return MAPPERS.computeIfAbsent(spec, ColumnMapper::new);
    }

    /** Maps a header row, judging inferred mappings also by the rows below it ({@code samples}, maybe none). */
    public HeaderMatch map(SheetRow header, List<SheetRow> samples) {
        return map(header, HeaderTitles.of(header), samples);
    }

    /** Maps a header row whose titles were read already (a row tried against every return is read once). */
    public HeaderMatch map(SheetRow header, HeaderTitles headerTitles, List<SheetRow> samples) {
        List<Candidate> candidates = new ArrayList<>();
        List<String> titles = headerTitles.titles();
        for (int column = 0; column < titles.size(); column++) {
            score(column, titles.get(column), headerTitles.keys().get(column), headerTitles.words().get(column),
                    samples, candidates);
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::column).thenComparingInt(Candidate::field));
        int[] columns = new int[fields.size()];
        Arrays.fill(columns, -1);
        Set<Integer> taken = new HashSet<>();
        List<ColumnMapping> mappings = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (columns[candidate.field()] < 0 && taken.add(candidate.column())) {
                columns[candidate.field()] = candidate.column();
                mappings.add(new ColumnMapping(candidate.column(), titles.get(candidate.column()),
                        spec.fields().get(candidate.field()).name(), candidate.how(), candidate.score()));
            }
        }
        mappings.sort(Comparator.comparingInt(ColumnMapping::column));
        return new HeaderMatch(spec, header.sheet(), header.rowNumber(), header.width(), columns, mappings, titles);
    }

    /** The title of the column most like a field among {@code titles}, for a person to check; null when none is. */
    public String nearest(String fieldName, List<String> titles, Set<Integer> mapped) {
        FieldWords field = fields.get(spec.indexOf(fieldName));
        String nearest = null;
        double best = 0.3;
        for (int column = 0; column < titles.size(); column++) {
            double likeness = field.likeness(TitleWords.of(titles.get(column)), false);
            if (!mapped.contains(column) && likeness > best) {
                best = likeness;
                nearest = titles.get(column);
            }
        }
        return nearest;
    }

    private void score(int column, String title, String key, List<String> titleWords, List<SheetRow> samples,
                       List<Candidate> candidates) {
        if (spec.pins().containsKey(key)) {
            int pinned = spec.indexOf(spec.pins().get(key));
            if (pinned >= 0) {
                candidates.add(new Candidate(pinned, column, PINNED, How.CONFIGURED));
            }
            return; // pinned to a field, or to none ("never read this column")
        }
        for (int i = 0; i < fields.size(); i++) {
            FieldWords field = fields.get(i);
            int alias = key.isEmpty() ? -1 : field.aliasKeys().indexOf(key);
            if (alias >= 0) {
                // the spec lists a field's titles best first: "Body Name" is the body's name, "Body" may be a code
                candidates.add(new Candidate(i, column, ALIAS - alias * ALIAS_RANK_STEP, How.ALIAS));
                continue;
            }
            double likeness = field.likeness(titleWords, true);
            if (likeness >= SIMILAR_THRESHOLD && valuesFit(field.spec(), column, samples)) {
                candidates.add(new Candidate(i, column, likeness * SIMILAR_WEIGHT, How.SIMILAR));
            } else if (UNTITLED.matcher(title).matches() && shapedAs(field.spec(), column, samples)) {
                candidates.add(new Candidate(i, column, CONTENT, How.CONTENT));
            }
        }
    }

    /** Whether most sampled values below a column read as the field's type (true when there are too few to tell). */
    private static boolean valuesFit(FieldSpec field, int column, List<SheetRow> samples) {
        if (field.type() == FieldType.TEXT) {
            return true;
        }
        int[] counts = share(column, samples, cell -> !field.type().parse(cell).failed());
        return counts[0] < 3 || counts[1] * 2 >= counts[0];
    }

    /** Whether at least four in five of three or more sampled values have the field's telling shape. */
    private static boolean shapedAs(FieldSpec field, int column, List<SheetRow> samples) {
        Pattern shape = field.content() == null ? null : CONTENT_SHAPES.get(field.content());
        if (shape == null) {
            return false;
        }
        int[] counts = share(column, samples, cell -> shape.matcher(cell.text()).matches());
        return counts[0] >= 3 && counts[1] * 5 >= counts[0] * 4;
    }

    /** How many sampled cells of a column are filled, and how many of those pass the test. */
    private static int[] share(int column, List<SheetRow> samples, java.util.function.Predicate<CellValue> test) {
        int filled = 0;
        int passed = 0;
        for (SheetRow row : samples) {
            CellValue cell = row.cell(column);
            if (!cell.isBlank()) {
                filled++;
                passed += test.test(cell) ? 1 : 0;
            }
        }
        return new int[] {filled, passed};
    }

    private record Candidate(int field, int column, double score, How how) {
    }

    /** A field's aliases as normalised keys and as words, with its synonyms and excluded words. */
    private record FieldWords(FieldSpec spec, List<String> aliasKeys, List<Set<String>> aliasWords,
                              Map<String, String> synonyms, Set<String> exclude, Set<String> vocabulary) {

        static FieldWords of(FieldSpec field) {
            Map<String, String> synonyms = new HashMap<>();
            field.synonyms().forEach((word, others) -> others.forEach(o -> {
                for (String w : TitleWords.of(o)) {
                    synonyms.put(w, TitleWords.of(word).get(0));
                }
            }));
            List<String> keys = new ArrayList<>();
            List<Set<String>> words = new ArrayList<>();
            for (String alias : field.aliases()) {
                keys.add(ColumnTitles.normalise(alias));
                words.add(Set.copyOf(TitleWords.of(alias, synonyms)));
            }
            keys.add(ColumnTitles.normalise(field.name()));
            words.add(Set.copyOf(TitleWords.of(field.name().replace('_', ' '), synonyms)));
            Set<String> exclude = new HashSet<>();
            field.exclude().forEach(e -> exclude.addAll(TitleWords.of(e)));
            Set<String> vocabulary = new HashSet<>();
            words.forEach(vocabulary::addAll);
            return new FieldWords(field, keys, words, synonyms, exclude, Set.copyOf(vocabulary));
        }

        /**
         * How alike a title's words ({@link TitleWords#of}) are to the closest alias's (Dice's coefficient); 0 when {@code excluding} and an
         * excluded word is in it (a person told of a missing column is shown its nearest title all the same).
         */
        double likeness(List<String> titleWords, boolean excluding) {
            if (!sharesAWord(titleWords)) {
                return 0; // most titles share no word with most fields: no alias need be compared
            }
            List<String> words = TitleWords.withSynonyms(titleWords, synonyms);
            if (words.isEmpty() || excluding && words.stream().anyMatch(exclude::contains)) {
                return 0;
            }
            double best = 0;
            for (Set<String> alias : aliasWords) {
                if (alias.isEmpty()) {
                    continue;
                }
                int shared = 0;
                for (String word : words) {
                    shared += alias.contains(word) ? 1 : 0;
                }
                best = Math.max(best, 2.0 * shared / (words.size() + alias.size()));
            }
            return best;
        }

        /** Whether any of the title's words, its synonyms swapped in, is a word of one of the aliases. */
        private boolean sharesAWord(List<String> titleWords) {
            for (String word : titleWords) {
                if (vocabulary.contains(synonyms.getOrDefault(word, word))) {
                    return true;
                }
            }
            return false;
        }
    }
}
