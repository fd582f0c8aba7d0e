package org.gbakg.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gbakg.lexicon.Cue;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.rdf.Vocab;
import org.gbakg.text.Sentence;
import org.gbakg.text.Span;

/**
 * Focus areas: X 聚焦 A、B、C和D等前沿領域 / 主要圍繞 A 這一… . Areas the lexicon knows are taken
 * anywhere in the list; other items only from a real list (separated by 、 or closed by 等).
 */
final class FocusRule implements Rule {
    private static final String[] LIST_END = {"等", "这一", "领域", "产业", "方面", "方向", "，", "。", "；"};

    @Override
    public void apply(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            for (int[] verb : ctx.cues(s, Cue.FOCUS_VERB)) {
                // the name that opens the clause, else the clause's last place, else the subject carried over:
                // 濱海灣新區規劃面積約84平方公里，位於東莞西部、緊鄰深圳前海及廣州南沙，將聚焦… is about the new area
                Span clause = ctx.clause(s, verb[0]);
                Optional<EntityRef> subject = Phrases.clauseSubject(ctx, s, verb[0])
                        .or(() -> ctx.lastBefore(s, verb[0], EntityKind.PLATFORM, EntityKind.PARK, EntityKind.ZONE,
                                EntityKind.PROJECT).filter(m -> m.begin() >= clause.begin()).map(ctx::resolve))
                        .or(() -> Phrases.carriedSubject(ctx, s, verb[0]).filter(FocusRule::canFocus))
                        .or(() -> ctx.lastBefore(s, verb[0], EntityKind.PLATFORM, EntityKind.PARK, EntityKind.ZONE,
                                EntityKind.PROJECT).map(ctx::resolve))
                        .or(() -> ctx.topic(s))
                        .or(() -> ctx.lastBefore(s, verb[0], EntityKind.REGION).map(ctx::resolve))
                        .or(() -> ctx.previousSubject(s));
                if (subject.isEmpty()) {
                    continue;
                }
                int begin = verb[0] + verb[1];
                int end = listEnd(ctx, begin, s.span().end());
                for (EntityRef area : items(ctx, s, begin, end)) {
                    out.add(new Fact.Relation(subject.get(), Vocab.gba("focusesOn"), area, s));
                }
            }
        }
    }

    /** Places and projects focus on fields; a body that speaks for a place does not (特區政府…聚焦: the region does). */
    private static boolean canFocus(EntityRef e) {
        return e.kind().isPlace() || e.kind() == EntityKind.PROJECT;
    }

    private int listEnd(Context ctx, int begin, int limit) {
        String f = ctx.view.folded();
        int end = limit;
        // …、人工智能與數據科學，以及先進製造: a comma before 以及 does not end the list
        // 通關便利化、跨境物流和保稅研發三個方面: a count closes the list
        for (int i = begin; i + 1 < limit; i++) {
            if ("两三四五六七八九十".indexOf(f.charAt(i)) >= 0 && ctx.lexicon.cueAt(org.gbakg.lexicon.Cue.CLASSIFIER, f, i + 1) > 0) {
                end = i;
                break;
            }
        }
        for (String stop : LIST_END) {
            int at = Phrases.indexWithin(f, stop, begin, limit);
            while (at >= 0 && stop.equals("，") && f.startsWith("，以及", at)) {
                at = Phrases.indexWithin(f, stop, at + 1, limit);
            }
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return end;
    }

    private List<EntityRef> items(Context ctx, Sentence s, int begin, int end) {
        List<EntityRef> areas = new ArrayList<>();
        List<Mention> known = ctx.mentions(s).stream()
                .filter(m -> m.begin() >= begin && m.end() <= end && m.entity().kind() == EntityKind.FOCUS_AREA)
                .toList();
        String segment = ctx.view.text().substring(begin, end);
        String folded = ctx.folded(begin, end);
        // 聚焦金融科技和跨境資管: two short items joined by 和 / 及 are a list too
        boolean joined = folded.matches("[^、，的]{2,8}(和|及|与)[^、，的]{2,8}");
        boolean isList = folded.contains("、") || ctx.view.folded().startsWith("等", end) || joined;
        if (!isList) {
            known.forEach(m -> areas.add(ctx.resolve(m)));
            return areas;
        }
        int offset = 0;
        for (String item : folded.split("，以及|以及|、|和|及|与")) {
            int itemBegin = begin + folded.indexOf(item, offset);
            offset = itemBegin - begin + item.length();
            String surface = segment.substring(itemBegin - begin, itemBegin - begin + item.length()).strip();
            Optional<Mention> m = known.stream().filter(k -> k.begin() >= itemBegin && k.end() <= itemBegin + item.length()).findFirst();
            if (m.isPresent()) {
                areas.add(ctx.resolve(m.get()));
            } else if (surface.length() >= 2 && surface.length() <= 12 && surface.codePoints().allMatch(Character::isIdeographic)) {
                areas.add(EntityRef.found(EntityKind.FOCUS_AREA, EntityKind.FOCUS_AREA.type(), surface));
            }
        }
        return areas;
    }
}
