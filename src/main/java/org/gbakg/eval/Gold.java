package org.gbakg.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.gbakg.InputProblem;

/**
 * The gold facts of one article, as {@code ../shared/gold/seed.json} and the development set
 * write them. Missing lists read as empty.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Gold(String id, List<Person> persons, List<String> bodies, List<List<String>> aliases,
                   List<String> platforms, List<String> projects, List<String> documents,
                   List<Quantity> quantities, List<Relation> relations, List<String> notPersons) {

    public Gold {
        persons = persons == null ? List.of() : persons;
        bodies = bodies == null ? List.of() : bodies;
        aliases = aliases == null ? List.of() : aliases;
        platforms = platforms == null ? List.of() : platforms;
        projects = projects == null ? List.of() : projects;
        documents = documents == null ? List.of() : documents;
        quantities = quantities == null ? List.of() : quantities;
        relations = relations == null ? List.of() : relations;
        notPersons = notPersons == null ? List.of() : notPersons;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String name, List<Post> posts) {
        public Person {
            posts = posts == null ? List.of() : posts;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Post(String title, String org) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Quantity(String subject, double value, String unit, Integer year, String comparator, String text) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Relation(String subject, String relation, String object, String text) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

    public static Gold read(Path file) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new InputProblem(file, "no such gold file");
        }
        try {
            return JSON.readValue(file.toFile(), Gold.class);
        } catch (IOException e) {
            String first = String.valueOf(e.getMessage()).lines().findFirst().orElse("unreadable");
            throw new InputProblem(file, "not a gold file: " + first);
        }
    }
}
