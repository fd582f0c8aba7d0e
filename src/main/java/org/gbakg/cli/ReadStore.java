package org.gbakg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.gbakg.UserError;

/**
 * The store opened for reading, for commands that only read it. This is the one place that knows
 * how to open a store; it is meant to give way to the store package's own opener.
 */
final class ReadStore implements AutoCloseable {
    private final DatasetGraph dataset;

    private ReadStore(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Opens an existing TDB2 store (a folder with {@code Data-NNNN} generations); anything else is refused. */
    static ReadStore open(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": no store here" + (Files.exists(dir) ? " (it is a file)" : ""));
        }
        try (Stream<Path> files = Files.list(dir)) {
            if (files.noneMatch(p -> Files.isDirectory(p) && p.getFileName().toString().startsWith("Data-"))) {
                throw new UserError(dir + ": not a TDB2 store (it holds no Data-* folder)");
            }
        } catch (java.io.IOException e) {
            throw new UserError(dir + ": cannot read the folder: " + e.getMessage(), e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new ReadStore(dsg);
    }

    DatasetGraph dataset() {
        return dataset;
    }

    @Override
    public void close() {
        dataset.close();
    }
}
