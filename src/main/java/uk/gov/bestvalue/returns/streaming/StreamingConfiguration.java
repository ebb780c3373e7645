package uk.gov.bestvalue.returns.streaming;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

/**
 * The read-aheads' executor: a thread per read-ahead, for a read-ahead lasts as long as its file or ledger. It is
 * held by {@link ReadAheads}, not published as an executor bean, which would make Spring Boot's own back off.
 */
@Configuration(proxyBeanMethods = false)
class StreamingConfiguration {

    @Bean
    ReadAheads readAheads() {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("read-ahead-");
        // a read-ahead left behind must not keep the JVM alive
        executor.setDaemon(true);
        return new ReadAheads(executor);
    }
}
