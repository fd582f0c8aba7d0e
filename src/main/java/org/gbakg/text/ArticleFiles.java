package org.gbakg.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.gbakg.InputProblem;

/**
 * Reads an article's text and its optional metadata, refusing what is not a UTF-8 text
 * article with a one-line reason instead of producing an empty or garbled graph.
 */
public final class ArticleFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleFiles() {}

    /** The article's text, strictly decoded as UTF-8 (a leading byte-order mark is dropped). */
    public static String readText(Path file) {
        byte[] bytes = readBytes(file, "article");
        if (bytes.length == 0) {
            throw new InputProblem(file, "the file is empty");
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new InputProblem(file, "the file is UTF-16; save it as UTF-8");
        }
        int offset = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        for (int i = offset; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputProblem(file, "the file is binary (it holds NUL bytes at offset " + i
                        + "), not a UTF-8 text article");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new InputProblem(file, "the file is not valid UTF-8 (GBK, Big5 or another encoding?); "
                    + "convert it to UTF-8");
        }
        if (text.isBlank()) {
            throw new InputProblem(file, "the file holds only white space");
        }
        if (!containsHan(text)) {
            throw new InputProblem(file, "the file holds no Chinese text");
        }
        return text;
    }

    /** Metadata from a JSON file with the fields {@code id, publisher, language, published, title}. */
    public static ArticleMeta readMeta(Path file, String fallbackId) {
        byte[] bytes = readBytes(file, "metadata");
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new InputProblem(file, "the metadata is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (root == null || !root.isObject()) {
            throw new InputProblem(file, "the metadata must be a JSON object");
        }
        Optional<LocalDate> published = text(root, "published").map(s -> parseDate(file, s));
        return new ArticleMeta(
                text(root, "id").map(ArticleFiles::idFrom).orElse(fallbackId),
                text(root, "title"),
                text(root, "publisher"),
                text(root, "language"),
                published);
    }

    /** The article id a file gets when no metadata names one: its name without extension. */
    public static String idFromFileName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return idFrom(dot > 0 ? name.substring(0, dot) : name);
    }

    static String idFrom(String raw) {
        String id = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-").replaceAll("^-+|-+$", "");
        return id.isEmpty() ? "article" : id;
    }

    private static LocalDate parseDate(Path file, String value) {
        try {
            return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
        } catch (DateTimeParseException e) {
            throw new InputProblem(file, "'published' is not a date (YYYY-MM-DD): " + value);
        }
    }

    private static Optional<String> text(JsonNode root, String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText().strip());
    }

    private static byte[] readBytes(Path file, String what) {
        try {
            if (Files.isDirectory(file)) {
                throw new InputProblem(file, "is a folder, not an " + what + " file");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputProblem(file, "no such " + what + " file");
        } catch (IOException e) {
            throw new InputProblem(file, "cannot read the " + what + " file: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
