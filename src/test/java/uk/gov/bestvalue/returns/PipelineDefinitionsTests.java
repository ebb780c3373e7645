package uk.gov.bestvalue.returns;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;
import uk.gov.bestvalue.returns.spec.ReturnSpec;

/** The one wiring of what reading and checking need, shared by the application and the lean {@code check}. */
class PipelineDefinitionsTests {

    @Test
    void everyReturnInJobsHasItsReturnType() {
        // when the definitions are built from jobs/
        PipelineDefinitions definitions = PipelineDefinitions.load(Path.of("jobs"), 1_000);

        // then every spec has the Java side that checks it, and files open with the limit given
        assertThat(definitions.catalog().specs()).isNotEmpty().allSatisfy((ReturnSpec spec) ->
                assertThat(definitions.types().forSpec(spec.id()).specId()).isEqualTo(spec.id()));
        assertThat(definitions.opener().maxFileBytes()).isEqualTo(1_000);
    }

    @Test
    void theCopyInTheJarIsReadWhenTheFolderIsAbsent() {
        // when the folder named does not exist
        PipelineDefinitions definitions = PipelineDefinitions.load(Path.of("no-such-folder"), 1_000);

        // then the packaged definitions are read: the same returns as in jobs/
        assertThat(definitions.catalog().specs()).extracting(ReturnSpec::id).containsExactlyInAnyOrderElementsOf(
                PipelineDefinitions.load(Path.of("jobs"), 1_000).catalog().specs().stream().map(ReturnSpec::id).toList());
    }
}
