package org.gbakg;

import java.nio.file.Path;

/** An input file cannot be used: empty, binary, wrongly encoded, missing or malformed. */
public final class InputProblem extends UserError {
    private final transient Path file;

    public InputProblem(Path file, String problem) {
        super(file + ": " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
