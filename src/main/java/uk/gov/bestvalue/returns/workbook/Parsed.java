package uk.gov.bestvalue.returns.workbook;

/** The outcome of parsing one cell: a value, a blank, or a problem described for a person. */
public record Parsed<T>(T value, String problem) {

    private static final Parsed<?> BLANK = new Parsed<>(null, null);

    /** Nothing was entered. */
    @SuppressWarnings("unchecked")
    public static <T> Parsed<T> blank() {
        return (Parsed<T>) BLANK;
    }

    /** A value was read. */
    public static <T> Parsed<T> of(T value) {
        return new Parsed<>(value, null);
    }

    /** Something was entered but it cannot be read; the problem is a short phrase a person can act on. */
    public static <T> Parsed<T> failed(String problem) {
        return new Parsed<>(null, problem);
    }

    public boolean isBlank() {
        return value == null && problem == null;
    }

    public boolean failed() {
        return problem != null;
    }
}
