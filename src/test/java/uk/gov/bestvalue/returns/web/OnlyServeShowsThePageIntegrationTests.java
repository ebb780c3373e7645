package uk.gov.bestvalue.returns.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.WebApplicationContext;

import uk.gov.bestvalue.returns.PipelineIntegrationTest;

/**
 * The application as every command but {@code serve} starts it (and as the other tests do): no web server, no
 * controllers, no security filters, though the web libraries are on the classpath.
 */
@SpringBootTest
class OnlyServeShowsThePageIntegrationTests extends PipelineIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void anyOtherCommandStartsNoWebServerAndNoPage() {
        assertThat(context).isNotInstanceOf(WebApplicationContext.class);
        assertThat(context.getBeanNamesForType(SecurityFilterChain.class)).isEmpty();
        assertThat(context.getBeanNamesForType(GridController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(CheckController.class)).isEmpty();
    }
}
