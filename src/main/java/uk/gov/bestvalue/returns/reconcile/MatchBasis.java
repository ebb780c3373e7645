package uk.gov.bestvalue.returns.reconcile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import uk.gov.bestvalue.returns.directory.OwnersDirectory;

/**
 * What a month's match of a ledger depends on besides the ledger's own lines, as a digest: the returns its
 * candidates come from ({@link CandidateQueries#sources}), the match's settings in {@code rules.yml} and the
 * directorates' names in {@code owners.yml}. A ledger's match is reused while its basis is unchanged.
 */
final class MatchBasis {

    private final CandidateQueries candidates;
    private final String settings;

    MatchBasis(CandidateQueries candidates, ReconcileSettings settings, OwnersDirectory owners) {
        this.candidates = candidates;
        this.settings = "similarity:" + settings.nameSimilarity() + ";grant-types:" + settings.grantExpenseTypes()
                + ";r1:" + settings.on("R1") + ";directorates:" + owners.directorates();
    }

    /** The basis of a match for the period, as it stands now. */
    String of(String period) {
        return sha256(candidates.sources(period) + ";" + settings);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
