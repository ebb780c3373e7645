package uk.gov.bestvalue.returns.reconcile;

/** How a payment was matched, as recorded in {@code payment_match.method}. */
public enum MatchMethod {
    COMPANY_NUMBER("company-number"), NAME_EXACT("name-exact"), NAME_SIMILAR("name-similar"), NONE("none");

    private final String code;

    MatchMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
