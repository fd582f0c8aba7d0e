package org.gbakg.relate;

import java.util.List;
import java.util.Optional;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.text.Sentence;

/**
 * Who said what, and where: a person, then perhaps 還/也/則, a date and 在…上, then a verb of
 * saying (表示, 指出, 透露); what follows to the end of the sentence is the statement. The
 * event is the one named in 在…上, else the event the article is about.
 */
final class StatementRule implements Rule {
    private static final String[] BETWEEN = {"进一步", "特别", "同时", "还", "也", "则", "再", "又", "并", "更", "亦", "均", "就",
        "致辞时", "讲话时", "发言时", "受访时", "致辞"};

    /** A transcript's turn: 答（王東升）：… / 主持人（新聞發言人 孟瑋）：… */
    private static final java.util.regex.Pattern TURN = java.util.regex.Pattern.compile("^(答|主持人|发言人)[（(]([^）)]{1,30})[）)][：:]");

    @Override
    public void apply(Context ctx, List<Fact> out) {
        String f = ctx.view.folded();
        transcriptTurns(ctx, out);
        for (Sentence s : ctx.sentences()) {
            for (int[] verb : ctx.cues(s, Cue.SPEECH_VERB)) {
                Optional<Mention> speaker = speakerBefore(ctx, s, verb[0]);
                if (speaker.isEmpty()) {
                    continue;
                }
                Optional<EntityRef> event = ctx.mentions(s).stream()
                        .filter(m -> m.entity().kind() == EntityKind.EVENT && m.begin() >= speaker.get().end() && m.end() <= verb[0])
                        .findFirst().map(ctx::resolve).or(() -> ctx.eventInDiscourse(s, speaker.get().begin()));
                int end = statementEnd(ctx, s);
                String said = ctx.view.text().substring(verb[0] + verb[1], end).strip();
                said = said.replaceFirst("^[，,：:]", "").strip();
                if (said.length() >= 4) {
                    out.add(new Fact.Statement(ctx.resolve(speaker.get()), event, said, s));
                }
            }
        }
    }

    private void transcriptTurns(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            if (s.span().begin() != s.block().span().begin()) {
                continue; // a turn opens its paragraph
            }
            java.util.regex.Matcher turn = TURN.matcher(ctx.folded(s.span()));
            if (!turn.find()) {
                continue;
            }
            int inside = s.span().begin() + turn.start(2);
            int close = s.span().begin() + turn.end(2);
            Optional<Mention> speaker = ctx.mentions(s).stream()
                    .filter(m -> m.entity().kind() == EntityKind.PERSON && m.begin() >= inside && m.end() <= close)
                    .reduce((a, b) -> b);
            String said = ctx.view.text().substring(s.span().begin() + turn.end(), s.block().span().end()).strip();
            if (speaker.isPresent() && said.length() >= 4) {
                out.add(new Fact.Statement(ctx.resolve(speaker.get()), ctx.salientEvent, said, s));
            }
        }
    }

    /**
     * A statement runs to the end of its paragraph: the sentences after it in the same block say
     * more of it, until one names a speaker of its own.
     */
    private int statementEnd(Context ctx, Sentence s) {
        int end = s.span().end();
        for (int i = s.index() + 1; i < ctx.sentences().size(); i++) {
            Sentence next = ctx.sentences().get(i);
            if (!next.block().equals(s.block()) || hasSpeaker(ctx, next)) {
                break;
            }
            end = next.span().end();
        }
        return end;
    }

    private boolean hasSpeaker(Context ctx, Sentence s) {
        return ctx.cues(s, Cue.SPEECH_VERB).stream().anyMatch(v -> speakerBefore(ctx, s, v[0]).isPresent());
    }

    private Optional<Mention> speakerBefore(Context ctx, Sentence s, int verb) {
        String f = ctx.view.folded();
        int j = verb;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String b : BETWEEN) {
                if (f.startsWith(b, j - b.length()) && j - b.length() >= s.span().begin()) {
                    j -= b.length();
                    moved = true;
                }
            }
            if (j > s.span().begin() && f.charAt(j - 1) == '上') {
                int at = f.lastIndexOf('在', j - 1);
                if (at >= s.span().begin() && j - at <= 24) {
                    j = at;
                    moved = true;
                }
            }
            if (j > s.span().begin() && f.charAt(j - 1) == '日') {
                int k = j - 1;
                while (k > s.span().begin() && (Character.isDigit(f.charAt(k - 1)) || f.charAt(k - 1) == '月')) {
                    k--;
                }
                if (k < j - 1) {
                    j = k;
                    moved = true;
                }
            }
        }
        int end = j;
        return ctx.mentions(s).stream()
                .filter(m -> m.end() == end && m.entity().kind() == EntityKind.PERSON)
                .findFirst();
    }
}
