package org.gbakg.rdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.gbakg.UserError;

/** Writes quads to files atomically: a failed write leaves any earlier file untouched. */
public final class QuadFiles {
    private QuadFiles() {}

    public static void writeTrig(List<Quad> quads, Path out) {
        DatasetGraph ds = DatasetGraphFactory.create();
        quads.forEach(ds::add);
        Prefixes.applyTo(ds.prefixes());
        write(out, stream -> RDFDataMgr.write(stream, ds, RDFFormat.TRIG_PRETTY));
    }

    /** Writes through a temporary file beside {@code out}, moved into place only when complete. */
    public static void write(Path out, IOConsumer<OutputStream> writer) {
        Path target = out.toAbsolutePath();
        Path tmp = null;
        try {
            Files.createDirectories(target.getParent());
            tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            readableByAll(tmp); // a temporary file is owner-only; the file it becomes is an ordinary one
            try (OutputStream stream = Files.newOutputStream(tmp)) {
                writer.accept(stream);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UserError(out + ": cannot write: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the move succeeded or the temporary file is already gone
                }
            }
        }
    }

    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // the file system has no POSIX permissions: its default is what the user gets
        }
    }

    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T value) throws IOException;
    }
}
