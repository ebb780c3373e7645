package uk.gov.bestvalue.returns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the Best Value returns pipeline: the command line, the daemon and the batch jobs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReturnsPipelineApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(ReturnsPipelineApplication.class, args)));
    }
}
