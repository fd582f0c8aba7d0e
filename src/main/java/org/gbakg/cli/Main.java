package org.gbakg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code kg} command: one subcommand per task, each in its own class. */
@Command(
        name = "kg",
        mixinStandardHelpOptions = true,
        version = "gba-kg 0.1.0",
        description = "Builds and serves a knowledge graph of Greater Bay Area governance news.",
        subcommands = {ExtractCommand.class, BuildCommand.class, IngestCommand.class, ServeCommand.class, QueryCommand.class,
            EvalCommand.class, ExportCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code, without exiting: tests call this. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setExecutionExceptionHandler(new UserErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }
}
