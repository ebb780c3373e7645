package uk.gov.bestvalue.returns.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** A threshold that changes over time: each value applies from its date until the next one. */
public record DatedValues(List<DatedValue> values) {

    /** One value and the date it applies from. */
    public record DatedValue(LocalDate from, BigDecimal value) {
    }

    public DatedValues {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("A dated threshold needs at least one value");
        }
        values = values.stream().sorted(Comparator.comparing(DatedValue::from)).toList();
    }

    /** The value in force on a date; before the first date, the first value. */
    public BigDecimal on(LocalDate date) {
        BigDecimal inForce = values.get(0).value();
        for (DatedValue value : values) {
            if (!value.from().isAfter(date)) {
                inForce = value.value();
            }
        }
        return inForce;
    }
}
