package se.rus.followup.opendata;

import se.rus.followup.reference.Objective;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite's open data described as a DCAT-AP-SE catalogue in JSON-LD (a {@code @context} and a {@code @graph}),
 * for a national data portal to harvest: the catalogue, its publisher, and one {@code dcat:Dataset} per body of
 * data with a {@code dcat:Distribution} per format (access and download URL, IANA media type, EU file type,
 * licence). The datasets: the regional assessments (this service), each objective across the years (this
 * service), and the approved annual reports with their Atom feed (reporting-service, at {@code reportsBase}).
 * Controlled vocabularies are the EU Publications Office's (data theme, file type, access right, language).
 */
final class Catalog {

    static final String MEDIA_TYPE = "application/ld+json";
    static final String LICENCE = "http://creativecommons.org/publicdomain/zero/1.0/";
    private static final String IANA = "http://www.iana.org/assignments/media-types/";
    private static final String EU = "http://publications.europa.eu/resource/authority/";
    private static final String PUBLISHER_NAME = "Länsstyrelserna, RUS (Regional utveckling och samverkan i miljömålssystemet)";
    private static final String PUBLISHER_HOMEPAGE = "https://www.lansstyrelsen.se/";

    private final String base;
    private final String reportsBase;
    private final List<Object> graph = new ArrayList<>();

    /** @param base the public URL of this service; @param reportsBase that of reporting-service (both end without '/'). */
    private Catalog(String base, String reportsBase) {
        this.base = base;
        this.reportsBase = reportsBase;
    }

    static Map<String, Object> describe(String base, String reportsBase, List<Objective> objectives) {
        return new Catalog(strip(base), strip(reportsBase)).build(objectives);
    }

    private Map<String, Object> build(List<Objective> objectives) {
        String catalogId = base + "/api/v1/open/catalog";
        String publisherId = catalogId + "#publisher";
        Map<String, Object> publisher = node(publisherId, "foaf:Agent");
        publisher.put("foaf:name", sv(PUBLISHER_NAME));
        publisher.put("dct:type", id("http://purl.org/adms/publishertype/RegionalAuthority"));
        publisher.put("foaf:homepage", id(PUBLISHER_HOMEPAGE));
        graph.add(publisher);

        List<Object> datasets = new ArrayList<>();
        datasets.add(dataset(catalogId + "#rau-assessments", publisherId,
                "Regionala bedömningar av miljömålen",
                "Länsstyrelsernas slutliga bedömningar i den regionala årliga uppföljningen (RÅU): per miljömål, län och år "
                        + "om målet nås (Ja, Nära, Nej) och trenden för miljötillståndet (Positiv, Neutral, Negativ, Oklar). "
                        + "Endast godkända underlag från stängda omgångar.",
                List.of("miljömål", "RÅU", "regional uppföljning", "länsstyrelse"),
                List.of(distribution(base + "/api/v1/open/rau/assessments?format=csv", "Bedömningarna som CSV (RFC 4180, UTF-8)",
                                "text/csv", "CSV"),
                        distribution(base + "/api/v1/open/rau/assessments?format=csv&dialect=excel-sv",
                                "Bedömningarna som CSV för svenskt Excel (semikolon, UTF-8 med BOM)", "text/csv", "CSV"),
                        distribution(base + "/api/v1/open/rau/assessments",
                                "Bedömningarna som JSON, sidindelat", "application/json", "JSON"))));
        List<Map<String, Object>> perObjective = new ArrayList<>();
        for (Objective objective : objectives) {
            String url = base + "/api/v1/open/rau/objectives/" + objective.code;
            perObjective.add(distribution(url, objective.name + ": län × år som JSON", "application/json", "JSON"));
            perObjective.add(distribution(url + "?format=svg", objective.name + ": län × år som diagram (SVG)",
                    "image/svg+xml", "SVG"));
        }
        datasets.add(dataset(catalogId + "#rau-objectives", publisherId,
                "Miljömålen över åren, län för län",
                "Per miljömål en matris län × år med bedömning och trend, som JSON och som tillgängligt SVG-diagram.",
                List.of("miljömål", "RÅU", "tidsserie"), perObjective));
        datasets.add(dataset(catalogId + "#reports", publisherId,
                "RUS verksamhetsberättelse",
                "De godkända årliga verksamhetsberättelserna för RUS: godkända år och versioner, den senaste godkända "
                        + "versionen av varje år i alla format, och ett Atom-flöde med godkännanden och återöppningar.",
                List.of("verksamhetsberättelse", "miljömål", "RUS"),
                List.of(distribution(reportsBase + "/api/v1/open/reports", "Godkända år och versioner (JSON)",
                                "application/json", "JSON"),
                        distribution(reportsBase + "/api/v1/open/reports/feed", "Atom-flöde med godkända versioner",
                                "application/atom+xml", "ATOM"))));

        Map<String, Object> catalog = node(catalogId, "dcat:Catalog");
        catalog.put("dct:title", List.of(sv("RUS öppna data"), en("RUS open data")));
        catalog.put("dct:description", sv("Öppna data från RUS-sviten: länens regionala bedömningar av miljömålen och de "
                + "godkända årliga verksamhetsberättelserna."));
        catalog.put("dct:publisher", id(publisherId));
        catalog.put("dct:license", id(LICENCE));
        catalog.put("dct:language", id(EU + "language/SWE"));
        catalog.put("foaf:homepage", id(PUBLISHER_HOMEPAGE));
        catalog.put("dcat:dataset", datasets.stream().map(d -> id(((Map<?, ?>) d).get("@id").toString())).toList());
        graph.add(0, catalog);
        graph.addAll(datasets);

        Map<String, Object> document = new LinkedHashMap<>();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("vcard", "http://www.w3.org/2006/vcard/ns#");
        document.put("@context", context);
        document.put("@graph", graph);
        return document;
    }

    private Map<String, Object> dataset(String datasetId, String publisherId, String title, String description,
                                        List<String> keywords, List<Map<String, Object>> distributions) {
        Map<String, Object> dataset = node(datasetId, "dcat:Dataset");
        dataset.put("dct:title", sv(title));
        dataset.put("dct:description", sv(description));
        dataset.put("dct:publisher", id(publisherId));
        Map<String, Object> contact = new LinkedHashMap<>();
        contact.put("@type", "vcard:Organization");
        contact.put("vcard:fn", PUBLISHER_NAME);
        contact.put("vcard:hasURL", id(PUBLISHER_HOMEPAGE));
        dataset.put("dcat:contactPoint", contact);
        dataset.put("dcat:theme", id(EU + "data-theme/ENVI"));
        dataset.put("dcat:keyword", keywords.stream().map(Catalog::sv).toList());
        dataset.put("dct:accessRights", id(EU + "access-right/PUBLIC"));
        dataset.put("dct:spatial", id("http://publications.europa.eu/resource/authority/country/SWE"));
        dataset.put("dcat:distribution", distributions);
        return dataset;
    }

    private static Map<String, Object> distribution(String url, String title, String mediaType, String fileType) {
        Map<String, Object> distribution = new LinkedHashMap<>();
        distribution.put("@type", "dcat:Distribution");
        distribution.put("dct:title", sv(title));
        distribution.put("dcat:accessURL", id(url));
        distribution.put("dcat:downloadURL", id(url));
        distribution.put("dcat:mediaType", id(IANA + mediaType));
        distribution.put("dct:format", id(EU + "file-type/" + fileType));
        distribution.put("dct:license", id(LICENCE));
        return distribution;
    }

    private static Map<String, Object> node(String id, String type) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@id", id);
        node.put("@type", type);
        return node;
    }

    private static Map<String, Object> id(String iri) {
        return Map.of("@id", iri);
    }

    private static Map<String, Object> sv(String text) {
        return text(text, "sv");
    }

    private static Map<String, Object> en(String text) {
        return text(text, "en");
    }

    /** In a fixed key order (never {@code Map.of}'s), so every replica serves the same bytes under the same ETag. */
    private static Map<String, Object> text(String text, String language) {
        Map<String, Object> literal = new LinkedHashMap<>();
        literal.put("@value", text);
        literal.put("@language", language);
        return literal;
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
