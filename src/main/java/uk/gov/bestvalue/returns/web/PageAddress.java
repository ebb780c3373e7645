package uk.gov.bestvalue.returns.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/** Says where the page is once the server listens, so whoever starts {@code serve} knows what to open. */
@Component
@ConditionalOnWebApplication
class PageAddress implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PageAddress.class);

    private final WebSettings settings;

    PageAddress(WebSettings settings) {
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        log.info("The live page: http://{}:{}/ (sign in with a user of {})", settings.address(),
                event.getWebServer().getPort(), settings.usersFile().toAbsolutePath().normalize());
    }
}
