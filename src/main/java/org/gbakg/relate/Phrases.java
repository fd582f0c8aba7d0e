package org.gbakg.relate;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/** Reading noun phrases and the subject of a clause, shared by the rules. */
final class Phrases {
    private static final String NUMERALS = "一二两三四五六七八九十百千万亿";
    private static final String NP_STOPS = "的了在于和把将对向从等是为以被由也都已并与及就还则";
    private static final Pattern PHASE = Pattern.compile("^(（[^）]{0,40}）)?的?(第[0-9一二三四五六七八九十]+期)");
    private static final String[] ADVERBS = {"累计", "一共", "共", "才", "大约", "约", "逾", "超过", "近", "达", "达到", "首", "合共", "总共", "已", "将", "届时"};

    private Phrases() {}

    private static final java.util.Set<String> LIST_GAPS = java.util.Set.of("", "、", "，", "和", "及", "与", "以及", "，以及", "、以及");

    /** Mentions of one kind listed from {@code pos} on: 澳門, or 香港、澳門和深圳. */
    static List<Mention> listedAfter(Context ctx, Sentence s, int pos, EntityKind kind) {
        return listedAfter(ctx, s, pos, m -> m.entity().kind() == kind);
    }

    /**
     * Mentions listed from {@code pos} on, separated by 、 ， 和 及 與 以及, up to the first that is no
     * item or the first other word.
     */
    static List<Mention> listedAfter(Context ctx, Sentence s, int pos, java.util.function.Predicate<Mention> item) {
        List<Mention> items = new java.util.ArrayList<>();
        String f = ctx.view.folded();
        int at = pos;
        for (Mention m : ctx.mentions(s)) {
            if (m.begin() < pos) {
                continue;
            }
            if (!LIST_GAPS.contains(f.substring(at, m.begin()).strip()) || !item.test(m)) {
                break;
            }
            items.add(m);
            at = m.end();
        }
        return items;
    }

    /** Where {@code word} starts in {@code [from, limit)}, or -1; never reads past {@code limit}. */
    static int indexWithin(String text, String word, int from, int limit) {
        for (int i = from; i + word.length() <= limit; i++) {
            if (text.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

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
        while (j < limit && j - begin < max && (isHan(f.charAt(j)) || Character.isDigit(f.charAt(j)) && j > begin)
                && NP_STOPS.indexOf(f.charAt(j)) < 0 && NUMERALS.indexOf(f.charAt(j)) < 0 && !startsVerb(ctx, j)) {
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

    static boolean startsVerb(Context ctx, int j) {
        String f = ctx.view.folded();
        for (Cue cue : new Cue[] {Cue.ACTION_VERB, Cue.LOCATION_VERB, Cue.ATTEND_VERB, Cue.SPEECH_VERB, Cue.ISSUE_VERB}) {
            if (ctx.lexicon.cueAt(cue, f, j) > 0) {
                return true;
            }
        }
        return false;
    }

    static boolean endsVerb(Context ctx, int j) {
        String f = ctx.view.folded();
        return ctx.lexicon.cueEndingAt(Cue.ACTION_VERB, f, j) > 0 || ctx.lexicon.cueEndingAt(Cue.CLAUSE_VERB, f, j) > 0
                || ctx.lexicon.cueEndingAt(Cue.ATTEND_VERB, f, j) > 0
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

    private static final String[] MEASURE_NOUNS = {"总面积", "占地面积", "规划面积", "用地面积", "陆域面积", "海域面积",
        "建筑面积", "面积", "占地", "总建筑面积"};

    /** Offset after skipping a measure noun (面積, 總面積) and 的 that end at {@code pos}, reading leftwards. */
    static int skipMeasureNounBack(Context ctx, int pos, int limit) {
        String f = ctx.view.folded();
        for (String noun : MEASURE_NOUNS) {
            if (pos - noun.length() >= limit && f.startsWith(noun, pos - noun.length())) {
                pos -= noun.length();
                if (pos > limit && f.charAt(pos - 1) == '的') {
                    pos--;
                }
                return pos;
            }
        }
        return pos;
    }

    /** The first place or project (not an event) the sentence names before {@code pos}: what an area is of. */
    static Optional<EntityRef> placeBefore(Context ctx, Sentence s, int pos) {
        Optional<EntityRef> region = Optional.empty();
        for (Mention m : ctx.mentions(s)) {
            EntityKind k = m.entity().kind();
            if (m.end() > pos) {
                break;
            }
            if (isWhereAnotherIs(ctx, m)) {
                continue;
            }
            if (k == EntityKind.REGION && region.isEmpty()) {
                region = Optional.of(ctx.resolve(m)); // a city is the subject only when nothing smaller is named
            } else if (k.isPlace() && k != EntityKind.REGION || k == EntityKind.PROJECT) {
                return Optional.of(withPhase(ctx, m, s));
            }
        }
        return region;
    }

    /** Verbs that hold an event (大會在…舉行, 管理局舉行推進會). */
    private static final String[] HOLD_VERBS = {"举行", "召开", "举办", "开幕", "启动"};

    /** Whether a verb of holding an event starts at {@code at}, after an optional 隆重. */
    static boolean startsHoldVerb(String f, int at) {
        int verb = f.startsWith("隆重", at) ? at + 2 : at;
        for (String v : HOLD_VERBS) {
            if (f.startsWith(v, verb)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} ends with a verb of holding an event. */
    static boolean endsHoldVerb(String text) {
        for (String v : HOLD_VERBS) {
            if (text.endsWith(v)) {
                return true;
            }
        }
        return false;
    }

    /** A place named as where something else is: after 設在, 位於, 選址 or 落戶 (中心將設在慶盛樞紐). */
    static boolean isWhereAnotherIs(Context ctx, Mention place) {
        String f = ctx.view.folded();
        return ctx.lexicon.cueEndingAt(Cue.LOCATION_VERB, f, place.begin()) > 0;
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

    /** Words that may open a clause before its subject: time, linking and reporting words. */
    private static final String[] CLAUSE_OPENERS = {"目前", "今年", "去年", "明年", "至今", "其中", "此外", "同时", "另外",
        "当中", "截至目前", "截至", "届时", "未来", "预计", "据介绍", "据了解", "与此同时", "而", "并", "另", "已", "该", "这"};
    private static final Pattern TARGET_OPENER = Pattern.compile("^(到|至|截至)(20\\d\\d|二[〇零][一二三四五六七八九〇零]{2})年(底|前)?，?");

    /**
     * What a figure's clause is about when a name opens the clause, after time and linking words:
     * 南沙國際人工智能產業園規劃面積約50公頃, 目前前海深港國際法務區集聚…近200家. A region opening the
     * clause (廣東力爭新建…10個以上) is left to the other readings: it is more often the actor than the subject.
     */
    static Optional<EntityRef> clauseSubject(Context ctx, Sentence s, int pos) {
        Span clause = ctx.clause(s, pos);
        return openingName(ctx, s, clause.begin(), pos)
                .filter(m -> m.entity().kind() != EntityKind.REGION && m.entity().kind() != EntityKind.EVENT)
                .map(m -> withPhase(ctx, m, s));
    }

    /**
     * The subject a clause without one of its own carries over from the clauses before it in the
     * sentence: 濱海灣新區規劃面積約84平方公里，位於東莞西部，將聚焦… — the nearest clause opened by a name.
     */
    static Optional<EntityRef> carriedSubject(Context ctx, Sentence s, int pos) {
        for (Span clause = ctx.clause(s, pos); ; clause = ctx.clause(s, clause.begin() - 1)) {
            Optional<EntityRef> subject = clauseSubject(ctx, s, Math.min(pos, clause.end()));
            if (subject.isPresent() || clause.begin() <= s.span().begin()) {
                return subject;
            }
        }
    }

    /** The name, not a person's, that stands first in the clause starting at {@code begin}. */
    private static Optional<Mention> openingName(Context ctx, Sentence s, int begin, int limit) {
        int at = skipOpeners(ctx, s, begin, limit);
        return ctx.mentions(s).stream()
                .filter(m -> m.begin() == at && m.end() <= limit && m.entity().kind() != EntityKind.PERSON)
                .findFirst();
    }

    private static int skipOpeners(Context ctx, Sentence s, int begin, int limit) {
        String f = ctx.view.folded();
        int at = begin;
        boolean moved = true;
        while (moved && at < limit) {
            moved = false;
            while (at < limit && (f.charAt(at) == ' ' || "“「『\"".indexOf(f.charAt(at)) >= 0)) {
                at++;
                moved = true;
            }
            Matcher target = TARGET_OPENER.matcher(f.substring(at, Math.min(limit, at + 12)));
            if (target.find()) {
                at += target.end();
                moved = true;
            }
            for (String opener : CLAUSE_OPENERS) {
                if (f.startsWith(opener, at) && !startsName(ctx, s, at)) {
                    at += opener.length();
                    moved = true;
                    break;
                }
            }
        }
        return at;
    }

    private static boolean startsName(Context ctx, Sentence s, int at) {
        return ctx.mentions(s).stream().anyMatch(m -> m.begin() == at);
    }
}
