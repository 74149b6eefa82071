/**
 * The XMP packet scripts/lib/pdf-ua.mjs writes, read as tests/pdf/xmp.ts reads
 * it (as a PDF reader does), without printing a PDF.
 */
import { describe, expect, it } from "vitest";
import { CREATOR, PRODUCER, xmpBytes, xmpMetadata } from "../../scripts/lib/pdf-ua.mjs";
import { arrayProperty, NS, parseXmp, simpleProperty } from "./xmp.ts";

const info = {
  title: 'Familjecentraler i Sverige 2023 – <rapport> & "sammanfattning"',
  lang: "sv",
  creators: ["Folkhälsomyndigheten", "Socialstyrelsen"],
  date: new Date("2025-06-15T15:06:40Z"),
  creator: CREATOR,
  producer: PRODUCER,
};

describe("the XMP packet", () => {
  it("is UTF-8: the begin attribute is the BOM EF BB BF, å ä ö are two bytes each", () => {
    const bytes = xmpBytes(info);
    const text = new TextDecoder("latin1").decode(bytes);
    expect(text.startsWith('<?xpacket begin="\u00ef\u00bb\u00bf"')).toBe(true);
    expect(parseXmp(bytes).begin).toMatch(/^begin="\uFEFF"/);
  });

  it("parses strictly, and says by namespace what the document is", () => {
    const packet = parseXmp(xmpBytes(info));
    expect(simpleProperty(packet, NS.pdfuaid, "part")).toEqual(["1"]);
    expect(arrayProperty(packet, NS.dc, "title")).toEqual([
      { container: "Alt", value: info.title, lang: "x-default" },
    ]);
    expect(arrayProperty(packet, NS.dc, "creator").map((item) => item.value)).toEqual(
      info.creators,
    );
    expect(arrayProperty(packet, NS.dc, "language").map((item) => item.value)).toEqual(["sv"]);
    expect(simpleProperty(packet, NS.xmp, "CreateDate")).toEqual(["2025-06-15T15:06:40Z"]);
    expect(simpleProperty(packet, NS.xmp, "CreatorTool")).toEqual([CREATOR]);
    expect(simpleProperty(packet, NS.pdf, "Producer")).toEqual([PRODUCER]);
  });

  it("is rejected when written one byte per character, as pdf-lib writes a string", () => {
    const latin1 = Uint8Array.from(xmpMetadata(info), (c) => c.charCodeAt(0) & 0xff);
    expect(() => parseXmp(latin1)).toThrow();
  });

  it("is rejected when it is not well-formed or uses an undeclared prefix", () => {
    const bad = (xml: string) => new TextEncoder().encode(xml);
    expect(() => parseXmp(bad("<x:xmpmeta xmlns:x='adobe:ns:meta/'><a></x:xmpmeta>"))).toThrow();
    expect(() => parseXmp(bad("<x:xmpmeta><y:a/></x:xmpmeta>"))).toThrow();
  });

  it("names the tool chain without a browser version", () => {
    expect(`${CREATOR} ${PRODUCER}`).not.toMatch(/Mozilla|HeadlessChrome|\d+\.\d+\.\d+\.\d+/);
  });
});
