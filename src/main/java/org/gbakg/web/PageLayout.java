package org.gbakg.web;

/** The frame every server-rendered page shares: head, stylesheet, header with the way home. */
final class PageLayout {
    private PageLayout() {}

    /** Opens a page; {@code head} is extra, already escaped markup for the head (alternate links). */
    static void open(StringBuilder b, String title, String head) {
        b.append("<!DOCTYPE html>\n<html lang=\"zh-Hant\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" · gba-kg</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"/ui/app.css\">\n")
                .append(head)
                .append("</head>\n<body>\n<header class=\"top\"><a href=\"/\">gba-kg</a> <span>粵港澳大灣區治理知識圖譜 · "
                        + "Greater Bay Area governance knowledge graph</span></header>\n<main>\n");
    }

    static void close(StringBuilder b) {
        b.append("</main>\n</body>\n</html>\n");
    }

    static String notFound(String what) {
        StringBuilder b = new StringBuilder();
        open(b, "Not found", "");
        b.append("<h1>Not found</h1>\n<p>").append(Html.escape(what)).append("</p>\n<p><a href=\"/\">Search the graph</a></p>\n");
        close(b);
        return b.toString();
    }
}
