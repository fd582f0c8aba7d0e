package org.gbakg.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line as {@link Main#run} does, capturing what it prints. */
record Cli(int exit, String out, String err) {

    static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }

    /** A user error: exit code 2 and exactly one line on stderr. */
    String oneLineError() {
        if (exit != 2) {
            throw new AssertionError("exit " + exit + ", stderr: " + err + ", stdout: " + out);
        }
        if (err.lines().count() != 1) {
            throw new AssertionError("not one line: " + err);
        }
        return err.strip();
    }
}
