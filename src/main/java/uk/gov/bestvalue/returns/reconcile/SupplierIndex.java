package uk.gov.bestvalue.returns.reconcile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The contracts (or grants) of a period in memory, keyed for matching a payment in constant time: by company
 * number, by exact normalised name, and by the name's first word for the similar-name fallback, which compares
 * only the few names that share it, and remembers each name's outcome. Never a scan of every candidate. Not
 * thread-safe: one run's matching uses it from one thread.
 */
public final class SupplierIndex {

    private final Map<String, List<Candidate>> byCompany = new HashMap<>();
    private final Map<String, List<Candidate>> byName = new HashMap<>();
    private final Map<String, Set<String>> namesByFirstWord = new HashMap<>();
    private final Map<String, Set<String>> namesByFirstTwoWords = new HashMap<>();
    /** The most names one payment's similar-name fallback compares with. */
    private static final int MAX_BLOCK = 200;
    /** The most similar-name searches remembered (a bound on memory, whatever the ledger). */
    private static final int MAX_REMEMBERED = 100_000;
    private static final Similar NO_SIMILAR = new Similar(null, 0);

    /** A similar-name search's outcome: the name found and its score, or {@link #NO_SIMILAR}. */
    private record Similar(String name, double score) {
    }

    private final Map<String, Similar> similarNames = new HashMap<>();

    private final double threshold;
    private int size;
    /** Whether a candidate was added since the lists were last put in order of preference. */
    private boolean unsorted;

    public SupplierIndex(double threshold) {
        this.threshold = threshold;
    }

    /** Builds an index over the candidates. */
    public static SupplierIndex of(List<Candidate> candidates, double threshold) {
        SupplierIndex index = new SupplierIndex(threshold);
        candidates.forEach(index::add);
        return index;
    }

    /** Adds a candidate. */
    public void add(Candidate candidate) {
        size++;
        similarNames.clear(); // a new name may be the most similar to one already searched
        unsorted = true;
        if (candidate.companyKey() != null) {
            byCompany.computeIfAbsent(candidate.companyKey(), k -> new ArrayList<>()).add(candidate);
        }
        if (candidate.nameKey() != null && !candidate.nameKey().isEmpty()) {
            byName.computeIfAbsent(candidate.nameKey(), k -> new ArrayList<>()).add(candidate);
            namesByFirstWord.computeIfAbsent(firstWords(candidate.nameKey(), 1), k -> new LinkedHashSet<>())
                    .add(candidate.nameKey());
            namesByFirstTwoWords.computeIfAbsent(firstWords(candidate.nameKey(), 2), k -> new LinkedHashSet<>())
                    .add(candidate.nameKey());
        }
    }

    public int size() {
        return size;
    }

    /**
     * Matches a payer's keys: on company number when both sides have one, else on the exact normalised name,
     * else on the most similar name at or above the threshold; then keeps a candidate live at the date,
     * preferring the payment's own directorate, then the largest value.
     */
    public MatchResult match(String companyKey, String nameKey, LocalDate date, String directorateId) {
        if (unsorted) {
            sortCandidates();
        }
        if (companyKey != null && byCompany.containsKey(companyKey)) {
            return pick(byCompany.get(companyKey), null, MatchMethod.COMPANY_NUMBER, 1.0, date, directorateId);
        }
        if (nameKey == null || nameKey.isEmpty()) {
            return MatchResult.NONE;
        }
        List<Candidate> exact = byName.get(nameKey);
        if (anyCompatible(exact, companyKey)) {
            return pick(exact, companyKey, MatchMethod.NAME_EXACT, 1.0, date, directorateId);
        }
        Similar similar = mostSimilar(nameKey, companyKey);
        return similar == NO_SIMILAR ? MatchResult.NONE
                : pick(byName.get(similar.name()), companyKey, MatchMethod.NAME_SIMILAR, similar.score(), date,
                directorateId);
    }

    /** The most similar name at or above the threshold, remembered: a ledger pays the same names again and again. */
    private Similar mostSimilar(String nameKey, String companyKey) {
        String key = companyKey == null ? nameKey : nameKey + '|' + companyKey;
        Similar known = similarNames.get(key);
        if (known != null) {
            return known;
        }
        String best = null;
        double bestScore = 0;
        for (String name : similarNameCandidates(nameKey)) {
            double score = NameSimilarity.jaroWinkler(nameKey, name);
            if (score >= threshold && score > bestScore && anyCompatible(byName.get(name), companyKey)) {
                best = name;
                bestScore = score;
            }
        }
        Similar found = best == null ? NO_SIMILAR : new Similar(best, bestScore);
        if (similarNames.size() < MAX_REMEMBERED) {
            similarNames.put(key, found);
        }
        return found;
    }

    /** Two company numbers that differ are two companies, whatever their names. */
    private static boolean compatible(Candidate candidate, String companyKey) {
        return companyKey == null || candidate.companyKey() == null || candidate.companyKey().equals(companyKey);
    }

    private static boolean anyCompatible(List<Candidate> candidates, String companyKey) {
        if (candidates != null) {
            for (Candidate candidate : candidates) {
                if (compatible(candidate, companyKey)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The preferred candidate live at the date: the payment's own directorate first, then the largest value (the
     * lists are kept in that order, so the first live one of the directorate, else the first live one, wins).
     */
    private static MatchResult pick(List<Candidate> candidates, String companyKey, MatchMethod method, double score,
                                    LocalDate date, String directorateId) {
        Candidate live = null;
        for (Candidate c : candidates) {
            if (compatible(c, companyKey) && c.liveOn(date)) {
                if (Objects.equals(c.directorateId(), directorateId)) {
                    return new MatchResult(c, method, score, null);
                }
                live = live == null ? c : live;
            }
        }
        if (live != null) {
            return new MatchResult(live, method, score, null);
        }
        Candidate first = null; // none live: the preferred one, named in the finding
        for (Candidate c : candidates) {
            if (compatible(c, companyKey) && (first == null || (Objects.equals(c.directorateId(), directorateId)
                    && !Objects.equals(first.directorateId(), directorateId)))) {
                first = c;
            }
        }
        return new MatchResult(null, MatchMethod.NONE, 0, first);
    }

    /** Puts every list of candidates in order of preference after the directorate: largest value, then first loaded. */
    private void sortCandidates() {
        Comparator<Candidate> order = Comparator
                .comparing((Candidate c) -> c.value() == null ? BigDecimal.ZERO : c.value(), Comparator.reverseOrder())
                .thenComparingLong(Candidate::factId);
        byCompany.values().forEach(list -> list.sort(order));
        byName.values().forEach(list -> list.sort(order));
        unsorted = false;
    }

    /** The names sharing the first word; when a common first word ("london ...") gives too many, the first two. */
    private Set<String> similarNameCandidates(String nameKey) {
        Set<String> block = namesByFirstWord.getOrDefault(firstWords(nameKey, 1), Set.of());
        if (block.size() <= MAX_BLOCK) {
            return block;
        }
        Set<String> narrower = namesByFirstTwoWords.getOrDefault(firstWords(nameKey, 2), Set.of());
        return narrower.size() <= MAX_BLOCK ? narrower : Set.of(); // too common to tell apart: exact keys only
    }

    private static String firstWords(String nameKey, int words) {
        int end = -1;
        for (int i = 0; i < words; i++) {
            end = nameKey.indexOf(' ', end + 1);
            if (end < 0) {
                return nameKey;
            }
        }
        return nameKey.substring(0, end);
    }
}
