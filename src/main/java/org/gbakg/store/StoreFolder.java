package org.gbakg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Function;
import java.util.stream.Stream;
import org.gbakg.UserError;

/**
 * Where a store lives, and what is there now: nothing, an empty folder, a TDB2 store (recognised
 * by its {@code Data-NNNN} generation folders), or something else that must never be overwritten.
 */
public record StoreFolder(Path dir) {

    public StoreFolder {
        dir = dir.toAbsolutePath().normalize();
    }

    public boolean exists() {
        return Files.exists(dir);
    }

    public boolean isEmptyFolder() {
        return Files.isDirectory(dir) && list(dir, Stream::findAny).isEmpty();
    }

    public boolean isStore() {
        return Files.isDirectory(dir)
                && list(dir, files -> files.filter(Files::isDirectory)
                        .filter(p -> p.getFileName().toString().startsWith("Data-"))
                        .findAny())
                        .isPresent();
    }

    /** Refuses, with a one-line reason, anything but an existing TDB2 store. */
    public void requireStore() {
        if (!exists()) {
            throw new UserError(dir + ": no store here; make one with: kg build --db " + dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": is a file, not a store folder");
        }
        if (!isStore()) {
            throw new UserError(dir + ": not a TDB2 store (it holds no Data-* folder)");
        }
    }

    /** A build may replace nothing, an empty folder, or an old store; never a user's other files. */
    public void requireReplaceable() {
        if (!exists() || isEmptyFolder() || isStore()) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(dir + ": is a file, not a store folder; refusing to replace it");
        }
        throw new UserError(dir + ": not a TDB2 store and not empty; refusing to replace it");
    }

    /**
     * Refuses a store another process has open (TDB2 holds a file lock on {@code tdb.lock} while
     * a store is open), since replacing it would pull it from under that process. Only looks:
     * the lock is taken and released without writing anything.
     */
    public void requireNotInUse() {
        Path lock = dir.resolve("tdb.lock");
        if (!Files.isRegularFile(lock)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock held = channel.tryLock();
            if (held == null) {
                throw inUse();
            }
            held.release();
        } catch (OverlappingFileLockException e) {
            throw inUse();
        } catch (IOException e) {
            throw new UserError(dir + ": cannot check whether the store is in use: " + e.getMessage(), e);
        }
    }

    UserError inUse() {
        return new UserError(dir + ": the store is in use by another process (a running kg serve?); stop it first");
    }

    private static <T> T list(Path dir, Function<Stream<Path>, T> f) {
        try (Stream<Path> files = Files.list(dir)) {
            return f.apply(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
