package org.gbakg.relate;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.text.Sentence;

/** Reading noun phrases and the subject of a clause, shared by the rules. */
final class Phrases {
    private static final String NUMERALS = "一二两三四五六七八九十百千万亿";
    private static final String NP_STOPS = "的了在于和把将对向从等是为以被由也都已并与及就还则";
    private static final Pattern PHASE = Pattern.compile("^(（[^）]{0,40}）)?的?(第[0-9一二三四五六七八九十]+期)");
    private static final String[] ADVERBS = {"累计", "一共", "共", "才", "大约", "约", "逾", "超过", "近", "达", "达到", "首", "合共", "总共", "已", "将", "届时"};

    private Phrases() {}

    /** The noun phrase that ends at {@code end}: Han characters back to a function word, verb or punctuation. */
    static String nounBefore(Context ctx, int end, int limit) {
        String f = ctx.view.folded();
        int j = end;
        while (j > limit && isHan(f.charAt(j - 1)) && !endsVerb(ctx, j)
                && (NP_STOPS.indexOf(f.charAt(j - 1)) < 0 || innerConjunction(f, j - 1, limit))) {
            j--;
        }
        return f.substring(j, end);
    }

    /** The noun phrase that starts at {@code begin}, up to {@code max} characters. */
    static String nounAfter(Context ctx, int begin, int limit, int max) {
        String f = ctx.view.folded();
        int j = begin;
        while (j < limit && j - begin < max && isHan(f.charAt(j)) && NP_STOPS.indexOf(f.charAt(j)) < 0
                && NUMERALS.indexOf(f.charAt(j)) < 0) {
            j++;
        }
        return f.substring(begin, j);
    }

    /** 與 / 及 between two nouns (科技成果與知識產權), not after an adverb (一直與). */
    private static boolean innerConjunction(String f, int i, int limit) {
        char c = f.charAt(i);
        return (c == '与' || c == '及') && i - 1 >= limit && isHan(f.charAt(i - 1))
                && NP_STOPS.indexOf(f.charAt(i - 1)) < 0 && !f.startsWith("一直", i - 2);
    }

    static boolean endsVerb(Context ctx, int j) {
        String f = ctx.view.folded();
        return ctx.lexicon.cueEndingAt(Cue.ACTION_VERB, f, j) > 0 || ctx.lexicon.cueEndingAt(Cue.ATTEND_VERB, f, j) > 0
                || ctx.lexicon.cueEndingAt(Cue.SPEECH_VERB, f, j) > 0 || ctx.lexicon.cueEndingAt(Cue.ISSUE_VERB, f, j) > 0
                || ctx.lexicon.cueEndingAt(Cue.FOCUS_VERB, f, j) > 0 || ctx.lexicon.cueEndingAt(Cue.LIST_VERB, f, j) > 0;
    }

    /** Offset after skipping qualifiers (累計, 大約, 首) that end at {@code pos}, reading leftwards. */
    static int skipQualifiersBack(Context ctx, int pos, int limit) {
        String f = ctx.view.folded();
        boolean moved = true;
        while (moved) {
            moved = false;
            while (pos > limit && f.charAt(pos - 1) == ' ') {
                pos--;
            }
            for (String a : ADVERBS) {
                if (pos - a.length() >= limit && f.startsWith(a, pos - a.length())) {
                    pos -= a.length();
                    moved = true;
                    break;
                }
            }
        }
        return pos;
    }

    /** The entity a mention names, or the phase of it that follows (港深創科園（…）的第一期 → 港深創科園第一期). */
    static EntityRef withPhase(Context ctx, Mention m, Sentence s) {
        String rest = ctx.view.text().substring(m.end(), Math.min(s.span().end(), m.end() + 50));
        Matcher phase = PHASE.matcher(rest);
        EntityRef base = ctx.resolve(m);
        if (phase.find()) {
            String name = m.surface() + phase.group(2);
            return EntityRef.found(EntityKind.PROJECT, EntityKind.PROJECT.type(), name);
        }
        return base;
    }

    /** The phase a mention is followed by, if any, with the entity it is a phase of. */
    static Optional<EntityRef> phaseOf(Context ctx, Mention m, Sentence s) {
        EntityRef e = withPhase(ctx, m, s);
        return e.sameAs(ctx.resolve(m)) ? Optional.empty() : Optional.of(e);
    }

    /** The first place, project or event the sentence names before {@code pos}. */
    static Optional<EntityRef> subjectBefore(Context ctx, Sentence s, int pos) {
        for (Mention m : ctx.mentions(s)) {
            if (m.end() <= pos && m.entity().kind().isThing()) {
                return Optional.of(withPhase(ctx, m, s));
            }
        }
        return Optional.empty();
    }

    /** The first place, project or event the sentence names: what it is about. */
    static Optional<EntityRef> subjectOf(Context ctx, Sentence s) {
        for (Mention m : ctx.mentions(s)) {
            if (m.entity().kind().isThing()) {
                return Optional.of(withPhase(ctx, m, s));
            }
        }
        return Optional.empty();
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
