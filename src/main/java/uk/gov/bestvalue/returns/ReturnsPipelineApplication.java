package uk.gov.bestvalue.returns;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import uk.gov.bestvalue.returns.cli.CheckCommand;
import uk.gov.bestvalue.returns.cli.PipelineCommandLine;

/** Entry point of the Best Value returns pipeline: the command line, the daemon and the batch jobs. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ReturnsPipelineApplication {

    public static void main(String[] args) {
        if (PipelineCommandLine.isHelp(args)) {
            // asking for help is not an error, and needs nothing started
            System.out.println(PipelineCommandLine.USAGE);
            System.exit(0);
            return;
        }
        String[] arguments = args;
        if (CheckCommand.isCheck(arguments)) {
            // a dry run needs no database, scheduler or mail: it starts none of them, and writes no file
            System.exit(CheckCommand.runAsCommand(arguments));
            return;
        }
        System.exit(SpringApplication.exit(SpringApplication.run(ReturnsPipelineApplication.class, arguments)));
    }
}
