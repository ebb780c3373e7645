package uk.gov.bestvalue.returns.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** A worksheet number read from the parser's characters is the double the JDK would read, or left to the JDK. */
class NumbersTests {

    private static double plain(String text) {
        // inside a larger buffer, as a parser holds it
        char[] buffer = ("<v>" + text + "</v>").toCharArray();
        return Numbers.parsePlain(buffer, 3, text.length());
    }

    @Test
    void aPlainDecimalIsReadExactlyAsTheJdkReadsIt() {
        for (String text : List.of("0", "-0", "42238", "141880.91", "-12.50", "0.1", ".5", "7.", "2.675",
                "999999999999999", "99999999999.995", "0.00000000000001", "00012.30")) {
            assertThat(plain(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
        // up to 15 random digits, a point anywhere or none, either sign
        Random random = new Random(16);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-" : "");
            int digits = 1 + random.nextInt(15);
            int point = random.nextInt(digits + 2);
            for (int d = 0; d < digits; d++) {
                if (d == point) {
                    text.append('.');
                }
                text.append((char) ('0' + random.nextInt(10)));
            }
            String written = text.toString();
            assertThat(plain(written)).as(written).isEqualTo(Double.parseDouble(written));
        }
    }

    @Test
    void anythingElseIsLeftToTheJdk() {
        for (String text : List.of("", " 42", "42 ", "1.5E-3", "1e10", "1234567890123456", "12345678901234567890",
                "-", ".", "1.2.3", "+5", "0x1F", "NaN", "Infinity", "1,000")) {
            assertThat(plain(text)).as(text).isNaN();
        }
    }
}
