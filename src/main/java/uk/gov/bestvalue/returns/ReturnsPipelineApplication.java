package uk.gov.bestvalue.returns;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

import uk.gov.bestvalue.returns.cli.CheckCommand;
import uk.gov.bestvalue.returns.cli.PipelineCommandLine;
import uk.gov.bestvalue.returns.cli.UsersCommand;

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
        if (UsersCommand.isUsers(arguments)) {
            // writing a bcrypt hash into the users file needs nothing started either
            return UsersCommand.runAsCommand(arguments);
        }
        if (isServe(arguments)) {
            // the live page is serve's alone: application.yml keeps every other command (and every test) off the web
            arguments = Stream.concat(Arrays.stream(arguments),
                    Stream.of("--spring.main.web-application-type=servlet")).toArray(String[]::new);
        }
        return SpringApplication.exit(SpringApplication.run(ReturnsPipelineApplication.class, arguments));
    }

    private static boolean isServe(String[] args) {
        return Arrays.stream(args).filter(a -> !a.startsWith("--")).findFirst().map("serve"::equals)
                .orElse(false);
    }
}
