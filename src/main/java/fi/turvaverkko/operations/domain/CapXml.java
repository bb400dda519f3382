package fi.turvaverkko.operations.domain;

import fi.turvaverkko.shared.DomainException;
import fi.turvaverkko.shared.InvalidInputException;
import fi.turvaverkko.shared.Problem;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads and writes OASIS CAP 1.2. No XSD can be fetched at build time, so the required elements and
 * code values of the standard's text (section 3.2) are checked here. The parser refuses DTDs, and
 * with them every external entity, so a file cannot make the server read local files or the network.
 */
public final class CapXml {

    public static final String NS = "urn:oasis:names:tc:emergency:cap:1.2";
    public static final int MAX_BYTES = 512 * 1024;

    static final Set<String> STATUS = Set.of("Actual", "Exercise", "System", "Test", "Draft");
    static final Set<String> MSG_TYPE = Set.of("Alert", "Update", "Cancel", "Ack", "Error");
    static final Set<String> SCOPE = Set.of("Public", "Restricted", "Private");
    static final Set<String> CATEGORY = Set.of(
            "Geo",
            "Met",
            "Safety",
            "Security",
            "Rescue",
            "Fire",
            "Health",
            "Env",
            "Transport",
            "Infra",
            "CBRNE",
            "Other");
    static final Set<String> URGENCY = Set.of("Immediate", "Expected", "Future", "Past", "Unknown");
    static final Set<String> SEVERITY = Set.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    static final Set<String> CERTAINTY = Set.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");

    /** CAP's dateTime: seconds and an explicit offset; "Z" is not allowed (CAP 1.2, 3.3.2). */
    static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private CapXml() {}

    /** Parses and checks an alert: 413 when too large, 400 naming every problem when not valid CAP 1.2. */
    public static CapAlert parse(byte[] xml) {
        if (xml.length > MAX_BYTES) {
            throw new DomainException(413, "error.cap.tooLarge", MAX_BYTES / 1024);
        }
        Document doc;
        try {
            doc = builder().parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("DOCTYPE") || m.contains("doctype")) {
                throw new InvalidInputException("file", "error.cap.dtd");
            }
            throw new InvalidInputException("file", "error.cap.notXml");
        } catch (IOException e) {
            throw new InvalidInputException("file", "error.cap.notXml");
        }
        Element alert = doc.getDocumentElement();
        if (!"alert".equals(alert.getLocalName()) || !NS.equals(alert.getNamespaceURI())) {
            throw new InvalidInputException("alert", "error.cap.notCap");
        }
        List<Problem> problems = new ArrayList<>();
        String identifier = required(alert, "identifier", problems);
        String sender = required(alert, "sender", problems);
        for (String[] f : new String[][] {{"identifier", identifier}, {"sender", sender}}) {
            if (f[1] != null && f[1].matches(".*[\\s,<&].*")) {
                problems.add(Problem.field(f[0], "error.cap.restrictedChars", f[0]));
            }
        }
        String sentText = required(alert, "sent", problems);
        OffsetDateTime sent = null;
        if (sentText != null) {
            sent = dateTime(sentText, "sent", problems);
        }
        String status = code(alert, "status", STATUS, true, problems);
        String msgType = code(alert, "msgType", MSG_TYPE, true, problems);
        String scope = code(alert, "scope", SCOPE, true, problems);
        if ("Restricted".equals(scope) && text(alert, "restriction") == null) {
            problems.add(Problem.field("restriction", "error.cap.required", "restriction"));
        }
        if ("Private".equals(scope) && text(alert, "addresses") == null) {
            problems.add(Problem.field("addresses", "error.cap.required", "addresses"));
        }
        List<String> references = new ArrayList<>();
        String refs = text(alert, "references");
        if (refs != null) {
            for (String r : refs.trim().split("\\s+")) {
                if (r.split(",").length != 3) {
                    problems.add(Problem.field("references", "error.cap.references"));
                } else {
                    references.add(r);
                }
            }
        }
        if (("Update".equals(msgType) || "Cancel".equals(msgType)) && references.isEmpty()) {
            problems.add(Problem.field("references", "error.cap.required", "references"));
        }
        List<CapAlert.Info> infos = new ArrayList<>();
        for (Element info : children(alert, "info")) {
            infos.add(info(info, problems));
        }
        if (problems.isEmpty()) {
            return new CapAlert(identifier, sender, sentText, sent, status, msgType, scope, references, infos);
        }
        throw new InvalidInputException(problems);
    }

    private static CapAlert.Info info(Element info, List<Problem> problems) {
        List<String> categories = new ArrayList<>();
        List<Element> cats = children(info, "category");
        if (cats.isEmpty()) {
            problems.add(Problem.field("category", "error.cap.required", "category"));
        }
        for (Element c : cats) {
            String v = c.getTextContent().trim();
            if (!CATEGORY.contains(v)) {
                problems.add(Problem.field("category", "error.cap.code", "category", v));
            }
            categories.add(v);
        }
        String event = required(info, "event", problems);
        String urgency = code(info, "urgency", URGENCY, true, problems);
        String severity = code(info, "severity", SEVERITY, true, problems);
        String certainty = code(info, "certainty", CERTAINTY, true, problems);
        for (String t : new String[] {"effective", "onset", "expires"}) {
            String v = text(info, t);
            if (v != null) {
                dateTime(v, t, problems);
            }
        }
        List<CapAlert.Area> areas = new ArrayList<>();
        for (Element a : children(info, "area")) {
            String desc = required(a, "areaDesc", problems);
            List<List<double[]>> polygons = new ArrayList<>();
            for (Element p : children(a, "polygon")) {
                List<double[]> ring = new ArrayList<>();
                String[] pairs = p.getTextContent().trim().split("\\s+");
                try {
                    for (String pair : pairs) {
                        String[] ll = pair.split(",");
                        ring.add(new double[] {Double.parseDouble(ll[0]), Double.parseDouble(ll[1])});
                    }
                } catch (RuntimeException e) {
                    ring.clear();
                }
                if (ring.size() < 4
                        || ring.get(0)[0] != ring.get(ring.size() - 1)[0]
                        || ring.get(0)[1] != ring.get(ring.size() - 1)[1]) {
                    problems.add(Problem.field("polygon", "error.cap.polygon"));
                } else {
                    polygons.add(ring);
                }
            }
            List<double[]> circles = new ArrayList<>();
            for (Element c : children(a, "circle")) {
                try {
                    String[] parts = c.getTextContent().trim().split("\\s+");
                    String[] ll = parts[0].split(",");
                    circles.add(new double[] {
                        Double.parseDouble(ll[0]), Double.parseDouble(ll[1]), Double.parseDouble(parts[1])
                    });
                } catch (RuntimeException e) {
                    problems.add(Problem.field("circle", "error.cap.circle"));
                }
            }
            List<Map.Entry<String, String>> geocodes = new ArrayList<>();
            for (Element g : children(a, "geocode")) {
                String name = text(g, "valueName");
                String value = text(g, "value");
                if (name == null || value == null) {
                    problems.add(Problem.field("geocode", "error.cap.required", "valueName, value"));
                } else {
                    geocodes.add(new AbstractMap.SimpleEntry<>(name.trim(), value.trim()));
                }
            }
            areas.add(new CapAlert.Area(desc, polygons, circles, geocodes));
        }
        return new CapAlert.Info(
                text(info, "language"),
                categories,
                event,
                urgency,
                severity,
                certainty,
                text(info, "headline"),
                text(info, "description"),
                text(info, "instruction"),
                areas);
    }

    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static OffsetDateTime dateTime(String v, String field, List<Problem> problems) {
        try {
            return OffsetDateTime.parse(v.trim(), SENT);
        } catch (DateTimeParseException e) {
            problems.add(Problem.field(field, "error.cap.dateTime", field));
            return null;
        }
    }

    private static String required(Element parent, String name, List<Problem> problems) {
        String v = text(parent, name);
        if (v == null) {
            problems.add(Problem.field(name, "error.cap.required", name));
        }
        return v;
    }

    private static String code(
            Element parent, String name, Set<String> allowed, boolean required, List<Problem> problems) {
        String v = text(parent, name);
        if (v == null) {
            if (required) {
                problems.add(Problem.field(name, "error.cap.required", name));
            }
            return null;
        }
        if (!allowed.contains(v)) {
            problems.add(Problem.field(name, "error.cap.code", name, v));
            return null;
        }
        return v;
    }

    /** The trimmed text of the first direct child of that name in the CAP namespace, or null. */
    static String text(Element parent, String name) {
        List<Element> c = children(parent, name);
        if (c.isEmpty()) {
            return null;
        }
        String t = c.get(0).getTextContent();
        return t == null || t.isBlank() ? null : t.trim();
    }

    static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node n = nodes.item(i);
            if (n instanceof Element e && name.equals(e.getLocalName()) && NS.equals(e.getNamespaceURI())) {
                list.add(e);
            }
        }
        return list;
    }

    // writing

    /** What a written alert says about one disruption. */
    record Outgoing(
            String identifier,
            String sender,
            OffsetDateTime sent,
            String category,
            String event,
            String urgency,
            String severity,
            String certainty,
            String senderName,
            String headline,
            String description,
            String web,
            String areaDesc,
            List<String> municipalityCodes) {}

    static void write(XMLStreamWriter w, Outgoing a) throws XMLStreamException {
        w.writeStartElement("alert");
        w.writeDefaultNamespace(NS);
        element(w, "identifier", a.identifier());
        element(w, "sender", a.sender());
        element(w, "sent", a.sent().format(SENT));
        element(w, "status", "Actual");
        element(w, "msgType", "Alert");
        element(w, "scope", "Public");
        w.writeStartElement("info");
        element(w, "language", "fi-FI");
        element(w, "category", a.category());
        element(w, "event", a.event());
        element(w, "urgency", a.urgency());
        element(w, "severity", a.severity());
        element(w, "certainty", a.certainty());
        element(w, "senderName", a.senderName());
        element(w, "headline", a.headline());
        if (a.description() != null) {
            element(w, "description", a.description());
        }
        element(w, "web", a.web());
        w.writeStartElement("area");
        element(w, "areaDesc", a.areaDesc());
        for (String code : a.municipalityCodes()) {
            w.writeStartElement("geocode");
            element(w, "valueName", "KUNTA");
            element(w, "value", code);
            w.writeEndElement();
        }
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
    }

    static String alert(Outgoing a) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            write(w, a);
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An Atom feed whose entries carry the alerts, as CAP feeds are commonly published. */
    static String feed(String id, String title, String self, OffsetDateTime updated, List<Outgoing> alerts) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feed");
            w.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(w, "id", id);
            element(w, "title", title);
            element(w, "updated", updated.format(SENT));
            w.writeEmptyElement("link");
            w.writeAttribute("rel", "self");
            w.writeAttribute("href", self);
            for (Outgoing a : alerts) {
                w.writeStartElement("entry");
                element(w, "id", "urn:turvaverkko:cap:" + a.identifier());
                element(w, "title", a.headline());
                element(w, "updated", a.sent().format(SENT));
                w.writeStartElement("author");
                element(w, "name", a.senderName());
                w.writeEndElement();
                w.writeEmptyElement("link");
                w.writeAttribute("rel", "alternate");
                w.writeAttribute("type", "application/cap+xml");
                w.writeAttribute("href", a.web().replace("/disruptions/", "/api/v1/public/cap/"));
                w.writeStartElement("content");
                w.writeAttribute("type", "application/cap+xml");
                write(w, a);
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(value == null ? "" : value);
        w.writeEndElement();
    }
}
