package uk.gov.bestvalue.returns.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How LOAD DATA's text writes a decimal: exactly as {@link BigDecimal#toPlainString} does, whatever its scale. */
class LoadDataStatementTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"229508.40", "0.05", "-0.05", "0", "0.00", "-1", "7", "1E+3", "-9.99", "123.4",
        "0.000000000000000001", "0.00000000000000001", "999999999999999999", "9999999999999999.99",
        "12345678901234567890.12", "-12345678901234567890", "1.5E-20", "-0.10"})
    void writesADecimalAsItsPlainString(String value) {
        // given
        BigDecimal number = new BigDecimal(value);
        StringBuilder text = new StringBuilder("before\t");

        // when
        LoadDataStatement.appendPlain(text, number);

        // then
        assertThat(text.toString()).isEqualTo("before\t" + number.toPlainString());
    }
}
