package org.gbakg.recognise;

import org.gbakg.lexicon.Scripts;
import org.gbakg.text.Article;
import org.gbakg.text.Span;

/** The article's text as written and folded to one script, offset for offset. */
public record TextView(Article article, String text, String folded) {

    public static TextView of(Article article) {
        return new TextView(article, article.text(), Scripts.fold(article.text()));
    }

    public String surface(Span span) {
        return text.substring(span.begin(), span.end());
    }

    public String folded(Span span) {
        return folded.substring(span.begin(), span.end());
    }

    public char at(int i) {
        return folded.charAt(i);
    }

    public boolean isHan(int i) {
        return i >= 0 && i < folded.length() && Grammar.isHan(folded.charAt(i));
    }

    /** Whether offset {@code i} is the start of a line or follows punctuation or a space. */
    public boolean boundaryBefore(int i) {
        return i <= 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
    }
}
