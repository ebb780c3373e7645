package uk.gov.bestvalue.returns.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.gov.bestvalue.returns.config.JobDefinitions;
import uk.gov.bestvalue.returns.keys.ColumnTitles;

/** The directorates and their data owners from {@code jobs/owners.yml}; resolves names people write. */
public final class OwnersDirectory {

    /** The YAML document's shape. */
    record Document(@JsonProperty("programme-office") String programmeOffice, List<Directorate> directorates) {
    }

    private final String programmeOffice;
    private final List<Directorate> directorates;

    public OwnersDirectory(String programmeOffice, List<Directorate> directorates) {
        this.programmeOffice = programmeOffice;
        this.directorates = List.copyOf(directorates);
    }

    /** Loads {@code owners.yml}. */
    public static OwnersDirectory load(JobDefinitions definitions) {
        Document document = definitions.read("owners.yml", Document.class);
        return new OwnersDirectory(document.programmeOffice(), document.directorates());
    }

    /** The programme office's address: it hears of files nobody else can be found for. */
    public String programmeOffice() {
        return programmeOffice;
    }

    public List<Directorate> directorates() {
        return directorates;
    }

    /** The directorate with this id. */
    public Optional<Directorate> byId(String id) {
        return directorates.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    /** The directorate a cover value such as "Children's Services" or "CSF" names, exactly (ignoring case and punctuation). */
    public Optional<Directorate> resolve(String written) {
        String key = ColumnTitles.normalise(written);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return directorates.stream().filter(d -> names(d).contains(key)).findFirst();
    }

    /** The directorate whose id or name appears as a word in a file name, longest name first. */
    public Optional<Directorate> findInFileName(String fileName) {
        String[] words = fileName.toLowerCase().split("[^a-z0-9']+");
        List<String> wordKeys = new ArrayList<>();
        for (String word : words) {
            wordKeys.add(ColumnTitles.normalise(word));
        }
        return directorates.stream()
                .filter(d -> names(d).stream().anyMatch(wordKeys::contains))
                .max(Comparator.comparingInt(d -> d.id().length()));
    }

    private static List<String> names(Directorate directorate) {
        List<String> names = new ArrayList<>();
        names.add(ColumnTitles.normalise(directorate.id()));
        names.add(ColumnTitles.normalise(directorate.name()));
        directorate.aliases().forEach(alias -> names.add(ColumnTitles.normalise(alias)));
        return names;
    }
}
