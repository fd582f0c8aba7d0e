package org.gbakg.cli;

import org.gbakg.UserError;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a user's mistake into one line on stderr and a non-zero exit code; anything else is a
 * bug and keeps its stack trace.
 */
final class UserErrorHandler implements IExecutionExceptionHandler {
    static final int USER_ERROR = 2;

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) throws Exception {
        if (ex instanceof UserError) {
            cmd.getErr().println("kg: " + ex.getMessage());
            return USER_ERROR;
        }
        throw ex;
    }
}
