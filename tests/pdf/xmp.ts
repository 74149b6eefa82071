/**
 * Reads an XMP packet (ISO 16684-1) as a PDF reader does: the stream's bytes
 * decoded as UTF-8, where invalid bytes are an error, then parsed by a strict,
 * namespace-aware XML parser (saxes), so a property is found by its namespace
 * URI and local name, never by the prefix a writer happened to choose.
 */
import { SaxesParser } from "saxes";

export const NS = {
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  xml: "http://www.w3.org/XML/1998/namespace",
  dc: "http://purl.org/dc/elements/1.1/",
  xmp: "http://ns.adobe.com/xap/1.0/",
  pdf: "http://ns.adobe.com/pdf/1.3/",
  pdfuaid: "http://www.aiim.org/pdfua/ns/id/",
} as const;

export interface XmlElement {
  readonly uri: string;
  readonly local: string;
  /** Attributes by "{uri}local" (uri empty for an unprefixed attribute). */
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: XmlElement[];
  /** The element's own text, its children's left out. */
  text: string;
}

export interface XmpPacket {
  /** The packet as text, decoded from UTF-8. */
  readonly text: string;
  /** The data of the `<?xpacket begin=…?>` instruction, if the packet starts with one. */
  readonly begin: string | null;
  readonly root: XmlElement;
}

const key = (uri: string, local: string) => `{${uri}}${local}`;

/**
 * Decodes and parses an XMP packet; throws on invalid UTF-8 or XML that is not
 * well-formed or not namespace-well-formed, as a conforming reader rejects it.
 */
export function parseXmp(bytes: Uint8Array): XmpPacket {
  // ignoreBOM keeps a BOM at the very start; in a packet it belongs in the begin attribute.
  const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  const parser = new SaxesParser({ xmlns: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let begin: string | null = null;
  let first = true;
  parser.on("processinginstruction", ({ target, body }) => {
    if (first && target === "xpacket") begin = body;
    first = false;
  });
  parser.on("opentag", (tag) => {
    first = false;
    const attributes = new Map<string, string>();
    for (const attribute of Object.values(tag.attributes))
      attributes.set(key(attribute.uri, attribute.local), attribute.value);
    const element: XmlElement = {
      uri: tag.uri,
      local: tag.local,
      attributes,
      children: [],
      text: "",
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("text", (value) => {
    const current = stack.at(-1);
    if (current !== undefined) current.text += value;
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(text).close();
  if (root === null) throw new Error("the XMP packet has no root element");
  return { text, begin, root };
}

/** Every element under `element` (itself included), depth first. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}

/**
 * A simple property's values from every rdf:Description: its text as an
 * element, or its value as an attribute of the description.
 */
export function simpleProperty(packet: XmpPacket, uri: string, local: string): string[] {
  const values: string[] = [];
  for (const description of descendants(packet.root)) {
    if (description.uri !== NS.rdf || description.local !== "Description") continue;
    const attribute = description.attributes.get(key(uri, local));
    if (attribute !== undefined) values.push(attribute);
    for (const child of description.children)
      if (child.uri === uri && child.local === local) values.push(child.text.trim());
  }
  return values;
}

/** An array property's items (rdf:Alt, rdf:Bag or rdf:Seq), with each item's xml:lang. */
export function arrayProperty(
  packet: XmpPacket,
  uri: string,
  local: string,
): { container: string; value: string; lang: string | undefined }[] {
  const items: { container: string; value: string; lang: string | undefined }[] = [];
  for (const element of descendants(packet.root)) {
    if (element.uri !== uri || element.local !== local) continue;
    for (const container of element.children) {
      if (container.uri !== NS.rdf) continue;
      for (const li of container.children) {
        if (li.uri !== NS.rdf || li.local !== "li") continue;
        items.push({
          container: container.local,
          value: li.text.trim(),
          lang: li.attributes.get(key(NS.xml, "lang")),
        });
      }
    }
  }
  return items;
}
