package org.gbakg;

/**
 * A mistake in what a user gave or asked for (a file, an argument, a query, a port). Its
 * message is one line that names the thing and the problem, fit to print as is; the command
 * line prints it without a stack trace and exits non-zero.
 */
public class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
