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
        System.exit(run(args));
    }

    /** Runs one command line to its end; its exit code, as docs/cli.md lists them. */
    public static int run(String[] args) {
        if (PipelineCommandLine.isHelp(args)) {
            // asking for help is not an error, and needs nothing started
            System.out.println(PipelineCommandLine.USAGE);
            return 0;
        }
        String[] arguments = args;
        if (CheckCommand.isCheck(arguments)) {
            // a dry run needs no database, scheduler or mail: it starts none of them, and writes no file
            return CheckCommand.runAsCommand(arguments);
        }
        return SpringApplication.exit(SpringApplication.run(ReturnsPipelineApplication.class, arguments));
    }
}
