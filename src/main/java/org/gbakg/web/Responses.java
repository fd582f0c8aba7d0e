package org.gbakg.web;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writing responses the same way everywhere: UTF-8, no sniffing, a strict content security policy on pages. */
final class Responses {
    private Responses() {}

    /** Only this server's own scripts, styles, images and connections; no frames, no inline script. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /**
     * The same for the explorer page, but for styles set inline: Cytoscape.js adds a style element
     * of its own to the graph's container. Scripts stay strictly the server's own.
     */
    static final String CSP_WITH_INLINE_STYLES = CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    /** JSON whose strings never hold a raw {@code <}, {@code >} or {@code &}, so it stays inert if ever read as HTML. */
    static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new HtmlSafeEscapes());
    }

    static void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setHeader("Content-Security-Policy", CSP);
        body(resp, "text/html; charset=utf-8", page);
    }

    static void json(HttpServletResponse resp, Object value) throws IOException {
        resp.setStatus(HttpServletResponse.SC_OK);
        resp.setContentType("application/json; charset=utf-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-cache");
        try (OutputStream out = resp.getOutputStream()) {
            JSON.writeValue(out, value);
        }
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        body(resp, "text/plain; charset=utf-8", message + "\n");
    }

    private static void body(HttpServletResponse resp, String contentType, String text) throws IOException {
        resp.setContentType(contentType);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        resp.setContentLength(bytes.length);
        try (OutputStream out = resp.getOutputStream()) {
            out.write(bytes);
        }
    }

    private static final class HtmlSafeEscapes extends CharacterEscapes {
        private final int[] escapes;

        HtmlSafeEscapes() {
            escapes = standardAsciiEscapesForJSON();
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard \\uXXXX escapes above
        }
    }
}
