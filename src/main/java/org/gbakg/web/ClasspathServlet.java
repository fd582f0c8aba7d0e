package org.gbakg.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Serves files from a folder of the classpath: the page's own scripts and styles, and the
 * webjars' libraries ({@code META-INF/resources/webjars/...}), so the page needs no network.
 * Only plain relative paths of known file types are served; anything else is 404.
 */
public final class ClasspathServlet extends HttpServlet {
    private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_@-][A-Za-z0-9._@-]*)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "mjs", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "json", "application/json",
            "map", "application/json");

    private final String root;
    private final Optional<String> index;

    /**
     * @param root  the classpath folder, e.g. {@code org/gbakg/web/ui}
     * @param index the file served for the mount point itself, if any
     */
    public ClasspathServlet(String root, Optional<String> index) {
        this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if ((path == null || path.equals("/")) && index.isPresent()) {
            path = "/" + index.get();
        }
        String type = path == null ? null : TYPES.get(path.substring(path.lastIndexOf('.') + 1));
        if (type == null || !SAFE.matcher(path).matches()) {
            Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "not found");
            return;
        }
        try (InputStream in = ClasspathServlet.class.getClassLoader().getResourceAsStream(root + path)) {
            if (in == null) {
                Responses.text(resp, HttpServletResponse.SC_NOT_FOUND, "not found");
                return;
            }
            resp.setContentType(type);
            resp.setHeader("X-Content-Type-Options", "nosniff");
            if (type.startsWith("text/html")) {
                resp.setHeader("Content-Security-Policy", Responses.CSP_WITH_INLINE_STYLES);
            }
            try (OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }
    }
}
