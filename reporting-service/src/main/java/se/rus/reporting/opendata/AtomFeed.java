package se.rus.reporting.opendata;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An Atom 1.0 document (RFC 4287) of report happenings, one page of a paged feed (RFC 5005 §3: first, previous,
 * next and last links). Written with the JDK's StAX writer, so every text is escaped as XML.
 */
final class AtomFeed {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    /** A link: relation, media type (null: none) and absolute address. */
    record Link(String rel, String type, String href) {
    }

    record Entry(String id, String title, Instant updated, String summary, String category, List<Link> links) {
    }

    private AtomFeed() {
    }

    /** {@code pages} maps rel (self, first, previous, next, last) to the address of that page. */
    static byte[] write(String id, String title, Instant updated, Map<String, String> pages, List<Entry> entries) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "sv");
            element(xml, "id", id);
            element(xml, "title", title);
            element(xml, "updated", updated.toString());
            xml.writeStartElement("author");
            element(xml, "name", "Länsstyrelserna, RUS");
            xml.writeEndElement();
            element(xml, "generator", "RUS reporting-service");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                link(xml, new Link(page.getKey(), MEDIA_TYPE, page.getValue()));
            }
            for (Entry entry : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", entry.id());
                element(xml, "title", entry.title());
                element(xml, "updated", entry.updated().toString());
                element(xml, "published", entry.updated().toString());
                element(xml, "summary", entry.summary());
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", entry.category());
                for (Link link : entry.links()) {
                    link(xml, link);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing an Atom feed to memory cannot fail", e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, Link link) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", link.rel());
        if (link.type() != null) {
            xml.writeAttribute("type", link.type());
        }
        xml.writeAttribute("href", link.href());
    }
}
