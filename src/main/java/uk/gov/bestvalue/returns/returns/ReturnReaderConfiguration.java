package uk.gov.bestvalue.returns.returns;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import uk.gov.bestvalue.returns.PipelineProperties;
import uk.gov.bestvalue.returns.rules.RuleSettings;
import uk.gov.bestvalue.returns.spec.ReturnRecognizer;

/** The one way return files are opened, shared by {@code check}, intake and the submission job. */
@Configuration(proxyBeanMethods = false)
class ReturnReaderConfiguration {

    @Bean
    ReturnReader.Opener returnReaderOpener(ReturnRecognizer recognizer, ReturnTypes types, RuleSettings settings,
                                           PipelineProperties properties) {
        return new ReturnReader.Opener(recognizer, types, settings, properties.maxFileBytes());
    }
}
