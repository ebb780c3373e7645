package uk.gov.bestvalue.returns.reconcile;

/**
 * What the index found for a payment: the candidate live at its date (null when none), how, with what score,
 * and, when nothing was live, a candidate of the same supplier outside its dates (to say so in the finding).
 */
public record MatchResult(Candidate candidate, MatchMethod method, double score, Candidate notLive) {

    static final MatchResult NONE = new MatchResult(null, MatchMethod.NONE, 0, null);

    public boolean matched() {
        return candidate != null;
    }
}
