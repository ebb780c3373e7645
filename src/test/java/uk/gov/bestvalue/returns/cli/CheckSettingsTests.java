package uk.gov.bestvalue.returns.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.workbook.ReadLimits;

/** The settings of {@code check}, found where and in the order the application finds them. */
class CheckSettingsTests {

    private static final String[] CHECK = {"check", "file.xlsx"};

    @Test
    void theDefaultsAreApplicationYmls() {
        CheckSettings settings = CheckSettings.resolve(CHECK, Map.of(), new Properties());

        assertThat(settings).isEqualTo(new CheckSettings(Path.of("jobs"), 104_857_600, ReadLimits.DEFAULTS));
    }

    @Test
    void theLimitsOnReadingAreReadAsTheApplicationReadsThem() {
        // given one limit set by an argument and one by the environment
        String[] args = {"check", "file.xlsx", "--pipeline.limits.shared-strings=10"};
        Map<String, String> environment = Map.of("PIPELINE_LIMITS_CELL_CHARS", "99");

        // when
        ReadLimits limits = CheckSettings.resolve(args, environment, new Properties()).limits();

        // then those two change, the others keep application.yml's defaults
        assertThat(limits.maxSharedStrings()).isEqualTo(10);
        assertThat(limits.maxCellChars()).isEqualTo(99);
        assertThat(limits.maxSheets()).isEqualTo(ReadLimits.DEFAULTS.maxSheets());
    }

    @Test
    void anArgumentBeatsASystemPropertyWhichBeatsTheEnvironment() {
        // given the jobs folder set in all three places
        Map<String, String> environment = Map.of("PIPELINE_JOBS_DIR", "from-environment");
        Properties system = new Properties();
        system.setProperty("pipeline.jobs-dir", "from-property");
        String[] args = {"check", "file.xlsx", "--pipeline.jobs-dir=from-argument"};

        // then the argument wins, then the property, then the environment
        assertThat(CheckSettings.resolve(args, environment, system).jobsDir()).isEqualTo(Path.of("from-argument"));
        assertThat(CheckSettings.resolve(CHECK, environment, system).jobsDir()).isEqualTo(Path.of("from-property"));
        assertThat(CheckSettings.resolve(CHECK, environment, new Properties()).jobsDir())
                .isEqualTo(Path.of("from-environment"));
    }

    @Test
    void relaxedNamesAreTheSameSettingAsSpringReadsThem() {
        assertThat(CheckSettings.resolve(new String[] {"check", "f", "--pipeline.maxFileBytes=10"}, Map.of(),
                new Properties()).maxFileBytes()).isEqualTo(10);
        assertThat(CheckSettings.resolve(CHECK, Map.of("PIPELINE_MAXFILEBYTES", "20"), new Properties())
                .maxFileBytes()).isEqualTo(20);
        assertThat(CheckSettings.resolve(CHECK, Map.of("PIPELINE_MAX_FILE_BYTES", "30"), new Properties())
                .maxFileBytes()).isEqualTo(30);
    }

    @Test
    void aSizeThatIsNotANumberIsRefusedWithTheSettingsName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CheckSettings.resolve(CHECK, Map.of("PIPELINE_MAX_FILE_BYTES", "100MB"),
                        new Properties()))
                .withMessage("pipeline.max-file-bytes must be a number of bytes, not '100MB'");
    }
}
