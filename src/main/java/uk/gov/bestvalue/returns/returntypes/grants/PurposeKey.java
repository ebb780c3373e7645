package uk.gov.bestvalue.returns.returntypes.grants;

import java.util.Locale;

import uk.gov.bestvalue.returns.keys.KeyText;

/**
 * What a grant is for, reduced so that two directorates' wordings of the same purpose match: its title
 * (or its programme when the title is blank) in lower case, accents, punctuation and apostrophes dropped.
 */
public final class PurposeKey {

    private PurposeKey() {
    }

    /** "Young Carers' Support - Project" and "young carers support project" give the same key; null when both are blank. */
    public static String of(String title, String programme) {
        String purpose = title != null && !title.isBlank() ? title : programme;
        if (purpose == null) {
            return null;
        }
        String key = KeyText.folded(purpose).toLowerCase(Locale.ROOT).replace("&", " and ").replace("'", "")
                .replaceAll("[^a-z0-9]+", " ").trim();
        return key.isEmpty() ? null : key;
    }
}
