package org.gbakg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.gbakg.TestLoader;
import org.junit.jupiter.api.Test;

/**
 * The seed article scored against its gold ({@code src/test/resources/gold/seed.json}, a copy of
 * the project's shared gold): the share of items found per kind is printed; the test fails below
 * 95% of all items, or if any fragment the gold names (峰介, 明入) is typed a person.
 */
class SeedGoldenTest {

    @Test
    void seedGraphHoldsAtLeast95PercentOfTheGoldAndInventsNoPerson() {
        Scorecard card = new Evaluation(TestLoader.get()).article(
                Path.of("seeds/000_3430000063e81d4c.txt"),
                Optional.of(Path.of("seeds/000_3430000063e81d4c.json")),
                Path.of("src/test/resources/gold/seed.json"));
        System.out.println("Seed article against its gold:");
        card.print(System.out, true);

        assertThat(card.inventedPersons()).as("fragments typed as persons").isEmpty();
        assertThat(card.recall()).as("share of all gold items found").isGreaterThanOrEqualTo(0.95);
    }
}
