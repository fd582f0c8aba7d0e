package org.gbakg.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.regex.Pattern;

/** The address clients reach this server at, for absolute links in descriptions (VoID, DCAT). */
final class ServerRoot {
    private ServerRoot() {}

    /** A host name, IPv4 or bracketed IPv6 address: anything else in a Host header is not put into an IRI. */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\]");

    /** {@code http://host:port} as the client named it, without a trailing slash. */
    static String of(HttpServletRequest req) {
        String scheme = "https".equalsIgnoreCase(req.getScheme()) ? "https" : "http";
        String host = req.getServerName();
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        int port = req.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + req.getContextPath();
    }
}
