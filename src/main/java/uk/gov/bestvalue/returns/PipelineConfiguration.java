package uk.gov.bestvalue.returns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.bestvalue.returns.config.ChunkSize;
import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.config.PipelineProperties;
import uk.gov.bestvalue.returns.definitions.PipelineDefinitions;
import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.returntypes.ReturnReader;
import uk.gov.bestvalue.returns.returntypes.ReturnTypes;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;

/**
 * The runtime definitions of {@code jobs/} as beans; they are built by {@link PipelineDefinitions}, which the lean
 * {@code check} uses too, so that both read and check a file alike.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    ChunkSize chunkSize(PipelineProperties properties, @Value("${spring.datasource.url:}") String databaseUrl) {
        return ChunkSize.of(properties.chunkSize(), databaseUrl);
    }

    @Bean
    JobDefinitions jobDefinitions(PipelineProperties properties) {
        return new JobDefinitions(properties.jobsDir());
    }

    @Bean
    PipelineDefinitions pipelineDefinitions(JobDefinitions definitions, PipelineProperties properties) {
        return PipelineDefinitions.load(definitions, properties.readLimits());
    }

    @Bean
    ReturnCatalog returnCatalog(PipelineDefinitions definitions) {
        return definitions.catalog();
    }

    @Bean
    OwnersDirectory ownersDirectory(PipelineDefinitions definitions) {
        return definitions.owners();
    }

    @Bean
    RuleSettings ruleSettings(PipelineDefinitions definitions) {
        return definitions.settings();
    }

    @Bean
    ReturnRecognizer returnRecognizer(PipelineDefinitions definitions) {
        return definitions.recognizer();
    }

    /** Every return type the spine knows (they are not beans of their own: the definitions build them). */
    @Bean
    ReturnTypes returnTypes(PipelineDefinitions definitions) {
        return definitions.types();
    }

    /** The one way return files are opened, shared by {@code check}, intake and the submission job. */
    @Bean
    ReturnReader.Opener returnReaderOpener(PipelineDefinitions definitions) {
        return definitions.opener();
    }
}
