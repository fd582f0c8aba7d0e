package org.gbakg.pipeline;

import java.util.List;
import org.apache.jena.sparql.core.Quad;

/**
 * Everything one article contributes to the graph: the quads in its own named graph
 * (facts, evidence, and the labels and types of every entity it mentions), so that the
 * article's graph stands alone and can be replaced as a whole when the article is ingested again.
 *
 * @param articleId stable ASCII id of the article (from its metadata or its file name)
 * @param graphIri  the named graph holding every quad below
 * @param quads     sorted, duplicate-free quads, all in {@code graphIri}
 */
public record ArticleGraph(String articleId, String graphIri, List<Quad> quads) {
    public ArticleGraph {
        quads = List.copyOf(quads);
    }
}
