package uk.gov.bestvalue.returns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.bestvalue.returns.directory.OwnersDirectory;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.ReturnCatalog;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;

/** The runtime definitions of {@code jobs/} as beans. */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    @Bean
    JobDefinitions jobDefinitions(PipelineProperties properties) {
        return new JobDefinitions(properties.jobsDir());
    }

    @Bean
    ReturnCatalog returnCatalog(JobDefinitions definitions) {
        return ReturnCatalog.load(definitions);
    }

    @Bean
    OwnersDirectory ownersDirectory(JobDefinitions definitions) {
        return OwnersDirectory.load(definitions);
    }

    @Bean
    RuleSettings ruleSettings(JobDefinitions definitions) {
        return RuleSettings.load(definitions);
    }

    @Bean
    ReturnRecognizer returnRecognizer(ReturnCatalog catalog, OwnersDirectory owners) {
        return new ReturnRecognizer(catalog, owners);
    }
}
