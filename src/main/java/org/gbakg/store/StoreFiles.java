package org.gbakg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/** Folder moves for replacing a store whole: new folders beside the target, swapped in by rename. */
final class StoreFiles {
    private StoreFiles() {}

    /**
     * A new, empty folder beside {@code target}, on the same file system so that it can be renamed
     * into place; hidden, and ending in {@code .part} (git-ignored) so that it never looks like a store.
     */
    static Path newFolderBeside(Path target, String purpose) {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            return Files.createDirectory(parent.resolve(siblingName(target, purpose)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts {@code built} where {@code target} is, then deletes what was there. */
    static void swapIn(Path built, Path target) throws IOException {
        if (!Files.exists(target)) {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        Path old = target.resolveSibling(siblingName(target, "old"));
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        try {
            Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
            throw e;
        }
        deleteTree(old);
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String siblingName(Path target, String purpose) {
        return "." + target.getFileName() + "-" + purpose + "-" + UUID.randomUUID().toString().substring(0, 8) + ".part";
    }
}
