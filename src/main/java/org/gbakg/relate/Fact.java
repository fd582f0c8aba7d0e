package org.gbakg.relate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.gbakg.lexicon.Role;
import org.gbakg.recognise.EntityRef;
import org.gbakg.text.Sentence;

/** What a sentence states, as the rules read it. Each fact keeps the sentence it came from. */
public sealed interface Fact {
    Sentence sentence();

    /** A person holds a title in a body: 科技部黨組成員林新. */
    /** A person's post; the title is as written (常務副校長), the role as the lexicon knows it (副校長). */
    record Post(EntityRef person, Role role, String title, EntityRef body, Sentence sentence) implements Fact {}

    /** A post named without its holder: the body's name and the title (香港特別行政區行政長官). */
    record Office(EntityRef office, Role role, EntityRef body, Sentence sentence) implements Fact {}

    /** A plain relation of the contract between two entities (gba:issuedBy, gba:locatedIn, ...). */
    record Relation(EntityRef subject, Node property, EntityRef object, Sentence sentence) implements Fact {}

    /** An area or count of an entity ({@code property} gba:area or gba:quantity). */
    record Measure(EntityRef subject, Node property, Quantity quantity, Sentence sentence) implements Fact {}

    /** A target for a year: 到2025年打造…20個以上. */
    record Target(EntityRef subject, Quantity quantity, Sentence sentence) implements Fact {}

    /** What a person said, and where. */
    record Statement(EntityRef speaker, Optional<EntityRef> event, String text, Sentence sentence) implements Fact {}

    /** An event, with its date and place where the text gives them. */
    record Event(EntityRef event, Optional<LocalDate> date, Optional<EntityRef> place, Optional<EntityRef> organiser,
                 Sentence sentence) implements Fact {}

    /** Bodies merged into one: an org:ChangeEvent. */
    record Merger(List<EntityRef> originals, EntityRef result, Sentence sentence) implements Fact {}

    /** A document issued by a body, dated where the text dates it. */
    record Issue(EntityRef document, EntityRef issuer, Optional<DateValue> date, Sentence sentence) implements Fact {}

    /** Another name for an entity, stated by the text (港深創科園（即…香港園區）) or seen as its short form. */
    record Alias(EntityRef entity, String alias, Sentence sentence) implements Fact {}
}
