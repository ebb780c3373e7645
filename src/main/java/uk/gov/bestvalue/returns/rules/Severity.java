package uk.gov.bestvalue.returns.rules;

/** How serious a finding is: an error must be corrected, a warning asks for attention. */
public enum Severity {
    ERROR, WARNING;

    /** The lower-case word used in JSON and emails. */
    public String label() {
        return name().toLowerCase();
    }
}
