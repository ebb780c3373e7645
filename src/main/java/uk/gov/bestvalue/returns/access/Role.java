package uk.gov.bestvalue.returns.access;

import java.util.Arrays;

/** What a person signed in to the page may see: everything (the programme office) or their directorates' data. */
public enum Role {
    PROGRAMME_OFFICE("programme-office"),
    LEAD("lead");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The word the users file holds. */
    public String label() {
        return label;
    }

    /** The role a users file names, or an exception saying which words it may hold. */
    public static Role of(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a user's role is programme-office or lead, not '"
                        + label + "'"));
    }
}
