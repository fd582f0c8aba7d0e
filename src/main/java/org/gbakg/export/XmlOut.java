package org.gbakg.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin, indenting layer over StAX, which escapes text and attribute values; values are first
 * cleaned of characters XML cannot hold.
 */
final class XmlOut {
    private final XMLStreamWriter xml;
    private int depth;

    XmlOut(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
        xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
    }

    XmlOut open(String name, String... attributes) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        attributes(attributes);
        depth++;
        return this;
    }

    XmlOut close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
        return this;
    }

    XmlOut empty(String name, String... attributes) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(name);
        attributes(attributes);
        return this;
    }

    /** An element holding only text: {@code <name a="v">text</name>}. */
    XmlOut text(String name, String text, String... attributes) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        attributes(attributes);
        xml.writeCharacters(XmlText.clean(text));
        xml.writeEndElement();
        return this;
    }

    void namespace(String prefix, String uri) throws XMLStreamException {
        if (prefix.isEmpty()) {
            xml.writeDefaultNamespace(uri);
        } else {
            xml.writeNamespace(prefix, uri);
        }
    }

    void finish() throws XMLStreamException {
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private void attributes(String... nameValues) throws XMLStreamException {
        for (int i = 0; i < nameValues.length; i += 2) {
            xml.writeAttribute(nameValues[i], XmlText.clean(nameValues[i + 1]));
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
