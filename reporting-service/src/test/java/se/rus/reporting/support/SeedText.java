package se.rus.reporting.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The seed report ({@code ../shared/seed/}, beside the repository) sentence by sentence, against a rendered
 * Markdown report. Both sides are read as text: Markdown markup (emphasis, escapes, links, heading and list
 * markers, table pipes), HTML tags and tabs of the seed's table are boundaries or nothing, whitespace and no-break
 * spaces are one space. Nothing else is normalised: a changed word, dash or number is a difference.
 */
public final class SeedText {

    public static final Path SEED = Path.of("..", "..", "shared", "seed", "rus-verksamhetsberattelse-2024.md");
    /** Sentences the report does not reproduce on purpose, each with its reason (# lines; sentence TAB reason). */
    public static final Path EXCEPTIONS = Path.of("src", "test", "resources", "seed-sentence-exceptions.tsv");
    public static final int SHORTEST = 41;

    private static final Pattern STRUCTURE = Pattern.compile("^(#+ |- |\\|)");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+(?=[A-ZÅÄÖ0-9\"”(–])");

    private SeedText() {
    }

    /** What was compared: the seed's sentences longer than 40 characters, those found, and those not found. */
    public record Comparison(List<String> sentences, List<String> found, List<String> missing) {
    }

    public static Comparison compare(String markdown) {
        String report = String.join(" ", units(markdown));
        List<String> sentences = new ArrayList<>();
        for (String unit : units(read(SEED))) {
            for (String sentence : SENTENCE_END.split(unit)) {
                if (sentence.length() >= SHORTEST) {
                    sentences.add(sentence);
                }
            }
        }
        List<String> found = sentences.stream().filter(report::contains).toList();
        List<String> missing = sentences.stream().filter(s -> !report.contains(s)).toList();
        return new Comparison(sentences, found, missing);
    }

    /** The committed exceptions: sentence → reason. */
    public static Map<String, String> exceptions() {
        Map<String, String> exceptions = new LinkedHashMap<>();
        for (String line : read(EXCEPTIONS).split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t");
            if (parts.length != 2 || parts[1].isBlank()) {
                throw new IllegalStateException("an exception needs its sentence, a tab and its reason: " + line);
            }
            exceptions.put(parts[0], parts[1]);
        }
        return exceptions;
    }

    /**
     * Blocks of running text: a heading, list item or table cell is one unit, a paragraph another; a paragraph
     * that starts in lower case continues one that did not end (the seed's page breaks cut sentences in two).
     */
    static List<String> units(String text) {
        String blocks = text.replace("\t", "\n\n").replaceAll("<[^>]+>", "\n\n");
        List<String> raw = new ArrayList<>();
        for (String paragraph : blocks.split("\\n\\s*\\n")) {
            List<String> running = new ArrayList<>();
            for (String line : paragraph.split("\n")) {
                String trimmed = line.strip();
                if (STRUCTURE.matcher(trimmed).find()) {
                    if (!running.isEmpty()) {
                        raw.add(String.join(" ", running));
                        running.clear();
                    }
                    if (trimmed.startsWith("|")) {
                        raw.addAll(List.of(trimmed.split("(?<!\\\\)\\|")));
                    } else {
                        raw.add(trimmed.replaceFirst("^(#+ |- )", ""));
                    }
                } else {
                    running.add(trimmed);
                }
            }
            if (!running.isEmpty()) {
                raw.add(String.join(" ", running));
            }
        }
        List<String> units = new ArrayList<>();
        for (String unit : raw) {
            String text1 = plain(unit);
            if (text1.isEmpty()) {
                continue;
            }
            int last = units.size() - 1;
            if (last >= 0 && Character.isLowerCase(text1.charAt(0)) && !units.get(last).matches(".*[.!?:)”\"]$")) {
                units.set(last, units.get(last) + " " + text1);
            } else {
                units.add(text1);
            }
        }
        return units;
    }

    /** Markdown markup away: escapes, links (their text stays), emphasis; every kind of space one space. */
    static String plain(String markdown) {
        return markdown.replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])", "$1")
                .replaceAll("\\[([^\\]]*)]\\([^)]*\\)", "$1")
                .replace("**", "").replaceAll("(?<=\\S)\\*(?=[\\s.,;:)]|$)|(?<=^|[\\s(])\\*(?=\\S)", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path.toAbsolutePath().normalize(), e);
        }
    }
}
