package org.gbakg.relate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.gbakg.lexicon.EntityKind;
import org.gbakg.lexicon.KnownEntity;
import org.gbakg.lexicon.Role;
import org.gbakg.recognise.EntityRef;
import org.gbakg.recognise.Mention;
import org.gbakg.recognise.RoleMention;
import org.gbakg.text.Sentence;

/**
 * Posts from the chain of bodies and titles before a name: 深圳市委副書記、市長覃偉中 is 副書記 in
 * 深圳市委 and 市長 in 深圳市人民政府 (a government title after a party committee moves to the
 * government of the same place); 科技部黨組成員、秘書長林新 is two posts in 科技部; a title with no
 * body takes the one the lexicon gives it (總書記), a reporter's the paper of the byline.
 */
final class PostRule implements Rule {

    private record Link(RoleMention role, Optional<EntityRef> body) {}

    /** How long a bracketed short name between a body and its title may be: （金管局）. */
    private static final int MAX_BRACKETED = 10;

    @Override
    public void apply(Context ctx, List<Fact> out) {
        for (Sentence s : ctx.sentences()) {
            for (OfficeMention office : offices(ctx, s)) {
                out.add(new Fact.Office(office.office(), office.role(), office.body(), s));
            }
            for (Mention person : ctx.mentions(s)) {
                if (person.entity().kind() != EntityKind.PERSON) {
                    continue;
                }
                List<Link> chain = chainBefore(ctx, s, person.begin());
                if (chain.isEmpty()) {
                    titleAfter(ctx, s, person).ifPresent(chain::add);
                }
                if (chain.isEmpty()) {
                    chain = sharedChain(ctx, s, person);
                }
                Optional<EntityRef> inherited = Optional.empty();
                for (Link link : chain) {
                    Optional<EntityRef> body = link.body().isPresent() ? link.body() : inherited;
                    inherited = body;
                    Optional<EntityRef> postBody = adapt(ctx, link.role().role(), body);
                    postBody.ifPresent(b -> out.add(new Fact.Post(ctx.resolve(person), link.role().role(), link.role().surface(), b, s)));
                }
            }
        }
    }

    /** A post the text names without a holder, where its title is written. */
    record OfficeMention(RoleMention at, EntityRef office, Role role, EntityRef body) {}

    /**
     * Titles with no name after them, after one body or region or a list of them: 香港、澳門特別行政區
     * 行政長官 is two posts, one in each government.
     */
    static List<OfficeMention> offices(Context ctx, Sentence s) {
        List<OfficeMention> out = new ArrayList<>();
        String f = ctx.view.folded();
        for (RoleMention role : ctx.roles(s)) {
            if (held(ctx, s, role)) {
                continue;
            }
            List<Mention> places = new ArrayList<>();
            int j = role.span().begin();
            while (true) {
                int end = j;
                Optional<Mention> named = ctx.mentions(s).stream()
                        .filter(m -> m.end() == end && (m.entity().kind() == EntityKind.REGION || m.entity().kind() == EntityKind.BODY))
                        .findFirst();
                if (named.isEmpty()) {
                    break;
                }
                places.add(0, named.get());
                j = named.get().begin();
                if (j > s.span().begin() && (f.charAt(j - 1) == '、' || f.charAt(j - 1) == '和' || f.charAt(j - 1) == '及')) {
                    j--;
                } else {
                    break;
                }
            }
            for (Mention place : places) {
                EntityRef where = ctx.resolve(place);
                new PostRule().adapt(ctx, role.role(), Optional.of(where)).ifPresent(body -> {
                    String name = where.name() + role.role().name();
                    EntityRef office = EntityRef.found(EntityKind.POST, EntityKind.POST.type(), name);
                    out.add(new OfficeMention(role, office, role.role(), body));
                });
            }
        }
        return out;
    }

    /**
     * Whether a title belongs to a chain that ends with a person: after it come only 、, spaces,
     * bodies and more titles before a name (澳門特區政府經濟財政司司長、合作區執委會主任梁文濤), or
     * a name stands right before it (習近平總書記).
     */
    private static boolean held(Context ctx, Sentence s, RoleMention role) {
        String f = ctx.view.folded();
        List<Mention> mentions = ctx.mentions(s);
        if (mentions.stream().anyMatch(m -> m.entity().kind() == EntityKind.PERSON && m.end() == role.span().begin())) {
            return true;
        }
        int at = role.span().end();
        while (at < s.span().end()) {
            int pos = at;
            if (f.charAt(pos) == '、' || f.charAt(pos) == ' ') {
                at++;
                continue;
            }
            Optional<Mention> next = mentions.stream().filter(m -> m.begin() == pos).findFirst();
            if (next.isPresent() && next.get().entity().kind() == EntityKind.PERSON) {
                return true;
            }
            if (next.isPresent() && (next.get().entity().kind() == EntityKind.BODY || next.get().entity().kind() == EntityKind.REGION)) {
                at = next.get().end();
                continue;
            }
            Optional<RoleMention> title = ctx.roles(s).stream().filter(r -> r.span().begin() == pos).findFirst();
            if (title.isPresent()) {
                at = title.get().span().end();
                continue;
            }
            return false;
        }
        return false;
    }

    /** The titles and bodies written before a name, in text order. */
    private List<Link> chainBefore(Context ctx, Sentence s, int nameBegin) {
        List<RoleMention> roles = ctx.roles(s);
        List<Link> reversed = new ArrayList<>();
        int j = nameBegin;
        String f = ctx.view.folded();
        while (j > s.span().begin()) {
            if (f.charAt(j - 1) == ' ' || f.charAt(j - 1) == '、' || f.charAt(j - 1) == '/' || f.charAt(j - 1) == '／') {
                j--;
                continue;
            }
            int end = j;
            Optional<RoleMention> role = roles.stream().filter(r -> r.span().end() == end).findFirst();
            if (role.isEmpty()) {
                break;
            }
            j = role.get().span().begin();
            Optional<Mention> body = bodyEndingAt(ctx, s, j);
            if (body.isEmpty() && j - 2 >= s.span().begin() && f.startsWith("市委", j - 2) && !endsName(ctx, s, j)) {
                // 市委常委、副市長冼國棟 in a 肇慶 story: the party committee of the article's city
                Optional<EntityRef> committee = ctx.homeCity().flatMap(city -> ctx.lexicon
                        .bodiesGoverning(city, org.gbakg.rdf.Vocab.gba("PartyCommittee")).stream().findFirst())
                        .map(EntityRef::of);
                if (committee.isPresent()) {
                    reversed.add(new Link(role.get(), committee));
                    j -= 2;
                    continue;
                }
            }
            if (body.isEmpty() && j >= 1 && "（(】]".indexOf(f.charAt(j - 1)) >= 0) {
                // a byline: 香港文匯報訊（記者 海巖 / 新華社廣州11月3日電（記者 王曉明 — the paper opens the sentence
                int open = j - 1;
                body = ctx.mentions(s).stream()
                        .filter(m -> m.end() <= open && m.entity().kind() == EntityKind.BODY)
                        .findFirst();
                if (body.isEmpty()) {
                    // 本報廣州1月14日電（記者王楚涵）: 本報 is the article's publisher
                    reversed.add(new Link(role.get(), publisher(ctx)));
                    continue;
                }
            }
            reversed.add(new Link(role.get(), body.map(ctx::resolve)));
            if (body.isPresent()) {
                j = Math.min(j, body.get().begin());
            }
        }
        List<Link> chain = new ArrayList<>();
        for (int i = reversed.size() - 1; i >= 0; i--) {
            chain.add(reversed.get(i));
        }
        return chain;
    }

    private static boolean endsName(Context ctx, Sentence s, int end) {
        return ctx.mentions(s).stream().anyMatch(m -> m.end() == end);
    }

    /** The body that published the article, as the lexicon knows it or by the name its metadata gives. */
    private static Optional<EntityRef> publisher(Context ctx) {
        return ctx.recognised.article().meta().publisher().map(name -> {
            String folded = org.gbakg.lexicon.Scripts.fold(name);
            for (org.gbakg.lexicon.Term t : ctx.lexicon.lookup(folded)) {
                if (t instanceof org.gbakg.lexicon.Term.EntityTerm e && e.entity().kind() == EntityKind.BODY) {
                    return EntityRef.of(e.entity());
                }
            }
            return EntityRef.found(EntityKind.BODY, org.apache.jena.graph.NodeFactory.createURI(org.gbakg.rdf.Vocab.SCHEMA + "NewsMediaOrganization"), name);
        });
    }

    /** 記者 歐陽文、陳佳琪: a name listed after another shares its titles. */
    private List<Link> sharedChain(Context ctx, Sentence s, Mention person) {
        String f = ctx.view.folded();
        int sep = person.begin() - 1;
        if (sep <= s.span().begin() || f.charAt(sep) != '、') {
            return new ArrayList<>();
        }
        Optional<Mention> before = ctx.mentions(s).stream()
                .filter(m -> m.end() == sep && m.entity().kind() == EntityKind.PERSON).findFirst();
        if (before.isEmpty()) {
            return new ArrayList<>();
        }
        List<Link> chain = chainBefore(ctx, s, before.get().begin());
        return chain.isEmpty() ? sharedChain(ctx, s, before.get()) : chain;
    }

    /** 習近平總書記: a title right after the name. */
    private Optional<Link> titleAfter(Context ctx, Sentence s, Mention person) {
        return ctx.roles(s).stream()
                .filter(r -> r.span().begin() == person.end() && r.role().defaultBody().isPresent())
                .findFirst()
                .map(r -> new Link(r, Optional.empty()));
    }

    /** The body or region named right before a title, or before its short name in brackets (金融管理局（金管局）助理總裁). */
    private Optional<Mention> bodyEndingAt(Context ctx, Sentence s, int end) {
        Optional<Mention> named = namedEndingAt(ctx, s, end);
        String f = ctx.view.folded();
        if (named.isEmpty() && end > s.span().begin() && f.charAt(end - 1) == '）') {
            int open = f.lastIndexOf('（', end - 1);
            if (open > s.span().begin() && end - open <= MAX_BRACKETED) {
                return namedEndingAt(ctx, s, open);
            }
        }
        return named;
    }

    private static Optional<Mention> namedEndingAt(Context ctx, Sentence s, int end) {
        return ctx.mentions(s).stream()
                .filter(m -> m.end() == end && (m.entity().kind() == EntityKind.BODY || m.entity().kind() == EntityKind.REGION))
                .findFirst();
    }

    /** The body a title is held in, given the body or region the text names before it. */
    Optional<EntityRef> adapt(Context ctx, Role role, Optional<EntityRef> named) {
        if (named.isEmpty() && role.defaultBody().isEmpty() && org.gbakg.lexicon.Scripts.fold(role.name()).contains("市")) {
            // 副市長 with no city named: the city the article is about
            named = ctx.homeCity().map(city -> EntityRef.of(ctx.lexicon.entity(city).orElseThrow()));
        }
        if (named.isEmpty()) {
            return role.defaultBody().flatMap(ctx.lexicon::entity).map(EntityRef::of);
        }
        EntityRef body = named.get();
        Optional<Node> wanted = role.bodyClass();
        boolean fits = body.kind() == EntityKind.BODY
                && (wanted.isEmpty() || ctx.lexicon.isA(body.type(), wanted.get()));
        if (fits) {
            return named;
        }
        Optional<Node> region = body.kind() == EntityKind.REGION
                ? body.known().map(KnownEntity::iri)
                : body.known().flatMap(KnownEntity::jurisdiction);
        Node cls = wanted.orElse(org.gbakg.rdf.Vocab.gba("GovernmentBody"));
        if (region.isPresent()) {
            List<KnownEntity> governing = ctx.lexicon.bodiesGoverning(region.get(), cls);
            if (!governing.isEmpty()) {
                return Optional.of(EntityRef.of(governing.get(0)));
            }
        }
        return body.kind() == EntityKind.BODY ? named : Optional.empty();
    }
}
