package org.gbakg.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.gbakg.export.LabelLanguage;

/** An entity's page: every value escaped, every entity a link to its own page. */
final class EntityPage {
    private EntityPage() {}

    /** @param localPath the page's own path ({@code /id/person/x}), which the raw-data links extend */
    static String render(EntityView v, String localPath) {
        StringBuilder b = new StringBuilder(8192);
        StringBuilder head = new StringBuilder();
        for (EntitySyntax s : EntitySyntax.values()) {
            if (s != EntitySyntax.HTML) {
                head.append("<link rel=\"alternate\" type=\"").append(s.mediaType()).append("\" href=\"")
                        .append(Html.escape(localPath + "." + s.suffix())).append("\">\n");
            }
        }
        PageLayout.open(b, v.title(), head.toString());
        b.append("<article class=\"entity\">\n<h1>").append(Html.escape(v.title())).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(Html.escape(v.iri())).append("</code></p>\n");
        labels(b, v);
        b.append("<section><h2>Types</h2>\n<ul class=\"types\">\n");
        for (Link t : v.types()) {
            b.append("<li>").append(link(t)).append(" <code>").append(Html.escape(t.id())).append("</code></li>\n");
        }
        b.append("</ul></section>\n");
        quantities(b, v.quantities());
        attributes(b, v.attributes());
        relations(b, "Relations", "rel-out", v.outgoing());
        relations(b, "Referenced by", "rel-in", v.incoming());
        if (!v.evidence().isEmpty()) {
            b.append("<section class=\"about\"><h2>Evidence</h2>\n");
            v.evidence().forEach(e -> evidence(b, e));
            b.append("</section>\n");
        }
        data(b, v, localPath);
        b.append("</article>\n");
        PageLayout.close(b);
        return b.toString();
    }

    private static void labels(StringBuilder b, EntityView v) {
        b.append("<table class=\"labels\">\n");
        label(b, "繁體", "zh-Hant", v.labels().get(LabelLanguage.ZH_HANT));
        label(b, "简体", "zh-Hans", v.labels().get(LabelLanguage.ZH_HANS));
        label(b, "English", "en", v.labels().get(LabelLanguage.EN));
        if (!v.altLabels().isEmpty()) {
            b.append("<tr><th>Also</th><td>");
            for (int i = 0; i < v.altLabels().size(); i++) {
                EntityView.Literal l = v.altLabels().get(i);
                b.append(i > 0 ? "、" : "").append("<span").append(lang(l.language())).append(">").append(Html.escape(l.text())).append("</span>");
            }
            b.append("</td></tr>\n");
        }
        b.append("</table>\n");
    }

    private static void label(StringBuilder b, String heading, String tag, String text) {
        if (text != null) {
            b.append("<tr><th>").append(heading).append("</th><td lang=\"").append(tag).append("\">")
                    .append(Html.escape(text)).append("</td></tr>\n");
        }
    }

    private static void quantities(StringBuilder b, List<EntityView.QuantityRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section><h2>Quantities</h2>\n<table class=\"quantities\">\n");
        for (EntityView.QuantityRow q : rows) {
            b.append("<tr><th>").append(link(q.property())).append("</th><td class=\"figure\">")
                    .append(q.comparator().filter(c -> !c.equals("=")).map(c -> Html.escape(c) + " ").orElse(""))
                    .append(Html.escape(q.value())).append(q.unit().isEmpty() ? "" : " " + Html.escape(q.unit()));
            q.squareMetres().ifPresent(m2 -> b.append(" <span class=\"normalised\">(").append(Html.escape(m2)).append(" m²)</span>"));
            q.statedAs().ifPresent(s -> b.append(" <span class=\"stated\">“").append(Html.escape(s)).append("”</span>"));
            b.append(" ").append(link(new Link(q.quantity().id(), "↗", q.quantity().href()))).append("</td><td>");
            q.evidence().forEach(e -> evidence(b, e));
            b.append("</td></tr>\n");
        }
        b.append("</table></section>\n");
    }

    private static void attributes(StringBuilder b, List<EntityView.Attribute> rows) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section><h2>Attributes</h2>\n<table class=\"attributes\">\n");
        for (EntityView.Attribute a : rows) {
            b.append("<tr><th>").append(link(a.property())).append("</th><td").append(lang(a.language())).append(">")
                    .append(Html.escape(a.value())).append("</td></tr>\n");
        }
        b.append("</table></section>\n");
    }

    private static void relations(StringBuilder b, String heading, String cssClass, List<EntityView.Relation> rows) {
        if (rows.isEmpty()) {
            return;
        }
        b.append("<section><h2>").append(heading).append("</h2>\n<table class=\"").append(cssClass).append("\">\n");
        for (EntityView.Relation r : rows) {
            b.append("<tr><th>").append(link(r.property())).append("</th><td>").append(link(r.other())).append("</td><td>");
            r.evidence().forEach(e -> evidence(b, e));
            b.append("</td></tr>\n");
        }
        b.append("</table></section>\n");
    }

    private static void evidence(StringBuilder b, Evidence e) {
        b.append("<figure class=\"evidence\"><blockquote").append(lang(e.language())).append(">").append(Html.escape(e.sentence()))
                .append("</blockquote><figcaption>");
        e.article().ifPresent(a -> b.append(link(a)));
        e.publisher().ifPresent(p -> b.append(" · ").append(Html.escape(p)));
        e.date().ifPresent(d -> b.append(" · ").append(Html.escape(d)));
        if (e.start().isPresent() && e.end().isPresent()) {
            b.append(" · chars ").append(e.start().get()).append("–").append(e.end().get());
        }
        b.append("</figcaption></figure>");
    }

    private static void data(StringBuilder b, EntityView v, String localPath) {
        b.append("<section class=\"data\"><h2>Data</h2>\n<ul>\n");
        for (EntitySyntax s : EntitySyntax.values()) {
            if (s != EntitySyntax.HTML) {
                b.append("<li><a href=\"").append(Html.escape(localPath + "." + s.suffix())).append("\">")
                        .append(Html.escape(s.mediaType())).append("</a></li>\n");
            }
        }
        b.append("<li><a class=\"sparql\" href=\"/?query=").append(URLEncoder.encode(sparqlAbout(v.iri()), StandardCharsets.UTF_8))
                .append("#sparql\">SPARQL: everything about this entity, by graph</a></li>\n</ul></section>\n");
    }

    /** A query listing every triple about the entity, both ways, with the graph it is in. */
    static String sparqlAbout(String iri) {
        String term = "<" + iri + ">";
        return "SELECT ?graph ?direction ?property ?value WHERE {\n"
                + "  { GRAPH ?graph { " + term + " ?property ?value } BIND(\"out\" AS ?direction) }\n"
                + "  UNION\n"
                + "  { GRAPH ?graph { ?value ?property " + term + " } BIND(\"in\" AS ?direction) }\n"
                + "}\nORDER BY ?direction ?property ?value ?graph\n";
    }

    private static String link(Link l) {
        Optional<String> href = l.href();
        String text = Html.escape(l.label());
        return href.map(h -> "<a href=\"" + Html.escape(h) + "\" title=\"" + Html.escape(l.id()) + "\">" + text + "</a>")
                .orElse("<span title=\"" + Html.escape(l.id()) + "\">" + text + "</span>");
    }

    private static String lang(String tag) {
        return tag == null || tag.isEmpty() ? "" : " lang=\"" + Html.escape(tag) + "\"";
    }
}
