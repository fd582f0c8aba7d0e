package org.gbakg.cli;

import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;

/**
 * A mistyped command line (an unknown option, {@code --port abc}) gets one line naming the
 * mistake and where help is, like a {@link org.gbakg.UserError}, instead of the whole usage text.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        String message = ex.getMessage() == null ? "invalid command line" : ex.getMessage().lines().findFirst().orElse("");
        cmd.getErr().println("kg: " + message + " (see: " + cmd.getCommandSpec().qualifiedName() + " --help)");
        return UserErrorHandler.USER_ERROR;
    }
}
