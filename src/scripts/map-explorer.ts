/**
 * Makes each map on the page explorable, on top of the static SVG (which stays
 * complete without this script):
 *
 * - pointing at, tapping or focusing a unit shows a tooltip with its name,
 *   kommun, form and area type, read from the markup (renderMap puts the name in
 *   the mark's <title> with the kommun, form and area type on its group); a
 *   grouped mark shows its own title (kommun, form and count); units at one spot
 *   (renderMap draws them on a plate) are one mark that names them all;
 * - pointing at a region (away from any unit) names it, and a click or tap
 *   offers its page as a link: a click on the map itself never leaves the page;
 * - the map is one tab stop: arrow keys move to the nearest unit in that
 *   direction, Home/End to the first/last in reading order, Escape leaves;
 * - the legend's form entries become toggle buttons, and a live line says how
 *   many units are shown.
 *
 * Nothing here runs before the first paint (a module script), and nothing reads
 * layout until a reader interacts, so the page renders as fast as without it.
 */
import { mapWords } from "../lib/text/interactive.ts";
import { nearest } from "./lib/nearest.ts";

/** How far from a mark's centre a pointer still picks it, in CSS px: a finger needs more room. */
const PICK_RADIUS_PX = { precise: 8, touch: 24 } as const;
/** The highlight ring around the current unit, in CSS px. */
const RING_GAP_PX = 2.5;
const RING_WIDTH_PX = 2.5;
/** Space between the tooltip and the mark, and the tooltip and the viewport's edges. */
const TOOLTIP_OFFSET_PX = 10;
const VIEWPORT_MARGIN_PX = 8;
/** A plate's list of more units than this is set in columns, so the tooltip stays on screen. */
const MANY = 8;
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";
/** The tooltip's and the status line's words, in the page's language (the English summary's or Swedish). */
const { mapExplorer, unitFields, unitTitle } = mapWords(document.documentElement.lang);

interface Mark {
  readonly element: SVGGraphicsElement;
  /** "Name (kommun)" for a unit, "Kommun: 12 familjecentraler" for a grouped mark. */
  readonly title: string;
  /** A unit's group, which names its form and area type; null for a grouped mark or a plate. */
  readonly group: Element | null;
  /** The units at one spot that a plate stands for; empty for any other mark. */
  readonly units: readonly Mark[];
  /** Centre in the units group's coordinates. */
  readonly x: number;
  readonly y: number;
  readonly form: string;
  /** Units the mark stands for: 1, or a group's count. */
  readonly count: number;
}

/** A mark's centre as renderMap writes it: x/y on a <use>, cx/cy on a circle, "M x y" starting a path. */
function centreOf(element: Element): [number, number] {
  const number = (name: string) => Number(element.getAttribute(name));
  if (element.localName === "use") return [number("x"), number("y")];
  if (element.localName === "circle") return [number("cx"), number("cy")];
  const match = /^M(-?[\d.]+)[ ,](-?[\d.]+)/.exec(element.getAttribute("d") ?? "");
  return [Number(match?.[1]), Number(match?.[2])];
}

/**
 * renderMap draws a group's unit marks as markers on the points of one path
 * (`data-mark` names their shape); each becomes a <use> of that shape at its
 * point, in order, so that each unit can take focus and be highlighted.
 */
function expandMarkers(group: Element): void {
  for (const path of group.querySelectorAll(":scope > path[data-mark]")) {
    const href = path.getAttribute("data-mark") ?? "";
    const points = (path.getAttribute("d") ?? "").matchAll(/(-?[\d.]+) (-?[\d.]+)/g);
    path.replaceWith(
      ...[...points].map(([, x = "", y = ""]) => {
        const use = document.createElementNS(path.namespaceURI, "use");
        use.setAttribute("href", href);
        use.setAttribute("x", x);
        use.setAttribute("y", y);
        return use;
      }),
    );
  }
}

/** The <use> elements a marker path becomes, with their centres. */
function usesIn(group: Element): SVGGraphicsElement[] {
  expandMarkers(group);
  return [...group.querySelectorAll<SVGGraphicsElement>(":scope > use")];
}

/**
 * A plate for each point of a clusters group's marker path, to take focus: an
 * unpainted circle of the plate's size over the marker, which keeps painting
 * it (a <use> would antialias its dark outline differently).
 */
function platesIn(group: Element): SVGGraphicsElement[] {
  return [...group.querySelectorAll(":scope > path[data-mark]")].flatMap((path) => {
    const r = document.querySelector(path.getAttribute("data-mark") ?? "")?.getAttribute("r");
    return [...(path.getAttribute("d") ?? "").matchAll(/(-?[\d.]+) (-?[\d.]+)/g)].map(
      ([, x = "", y = ""]) => {
        const circle = document.createElementNS(path.namespaceURI, "circle");
        circle.setAttribute("cx", x);
        circle.setAttribute("cy", y);
        circle.setAttribute("r", r ?? "0");
        circle.setAttribute("fill", "none");
        circle.setAttribute("stroke", "none");
        group.append(circle);
        return circle as SVGGraphicsElement;
      },
    );
  });
}

/**
 * The marks as renderMap draws them: units in groups that list their titles,
 * plates under the units that share a spot (one mark for all of them), or
 * grouped marks with a <title>.
 */
function marksIn(units: SVGGElement): Omit<Mark, "x" | "y" | "form" | "count">[] {
  const unitMarks = [...units.querySelectorAll("g[data-titles]")].flatMap((group) => {
    const titles = (group.getAttribute("data-titles") ?? "").split("\n");
    return usesIn(group).map((element, i) => ({
      element,
      title: titles[i] ?? "",
      group,
      units: [],
    }));
  });
  const atSpot = new Map<string, typeof unitMarks>();
  for (const mark of unitMarks) {
    const key = centreOf(mark.element).join();
    atSpot.set(key, [...(atSpot.get(key) ?? []), mark]);
  }
  const plates = [...units.querySelectorAll(".fc-map-clusters")]
    .flatMap(platesIn)
    .map((element) => {
      const members = atSpot.get(centreOf(element).join()) ?? [];
      for (const member of members) unitMarks.splice(unitMarks.indexOf(member), 1);
      return { element, title: "", group: null, units: members.map(withCentre) };
    });
  const groupMarks = [...units.querySelectorAll<SVGGraphicsElement>("[data-group]")].map(
    (element) => ({
      element,
      title: element.querySelector("title")?.textContent ?? "",
      group: null,
      units: [],
    }),
  );
  return [...unitMarks, ...plates, ...groupMarks];
}

/** A mark with its centre, form and count, read from its element. */
function withCentre(mark: Omit<Mark, "x" | "y" | "form" | "count">): Mark {
  const [x, y] = centreOf(mark.element);
  const form = mark.element.closest("[data-form]")?.getAttribute("data-form") ?? "";
  const count = Number(mark.element.getAttribute("data-count") ?? 1);
  return { ...mark, x, y, form, count };
}

/**
 * What the tooltip and the accessible name say about a mark: a heading and
 * term–value rows. A unit's title holds its name and kommun, its group names its
 * form and area type; a grouped mark's title says it all (kommun, form, count).
 */
function describe({ title, group }: Mark): { heading: string; rows: [string, string][] } {
  if (group === null) return { heading: title, rows: [] };
  const { name, kommun } = unitTitle.parse(title);
  const rows: [string, string][] = [
    ...(kommun === null ? [] : [[unitFields.kommun, kommun] as [string, string]]),
    [unitFields.form, group.getAttribute("data-form-name") ?? ""],
  ];
  const area = group.getAttribute("data-area-name");
  if (area !== null) rows.push([unitFields.area, area]);
  return { heading: name, rows };
}

/** One unit of a plate's list: "Name (kommun), form". */
const listed = ({ title, group }: Mark): string =>
  `${title}, ${group?.getAttribute("data-form-name") ?? ""}`;

let tooltip: HTMLElement | null = null;

/** The page's one tooltip, created when first needed; hidden from assistive technology, which hears the mark's own name. */
function sharedTooltip(): HTMLElement {
  if (tooltip !== null) return tooltip;
  tooltip = document.createElement("div");
  tooltip.className = "map-tooltip";
  tooltip.hidden = true;
  tooltip.setAttribute("aria-hidden", "true");
  document.body.append(tooltip);
  return tooltip;
}

class MapExplorer {
  private readonly svg: SVGSVGElement;
  private readonly units: SVGGElement;
  /** In reading order: top to bottom, then left to right. */
  private readonly marks: readonly Mark[];
  private readonly byElement: ReadonlyMap<Element, Mark>;
  private readonly hidden = new Set<string>();
  private readonly status: HTMLElement | null;
  /** The map's one tab stop. */
  private current: Mark | null = null;
  /** The mark the tooltip shows, and whether a tap or click keeps it open. */
  private shown: Mark | null = null;
  private pinned = false;
  /** The region the tooltip names, if it names one. */
  private region: Element | null = null;
  private ring: SVGCircleElement | null = null;
  private pointerType = "mouse";

  constructor(root: HTMLElement, svg: SVGSVGElement, units: SVGGElement) {
    this.svg = svg;
    this.units = units;
    this.status = root.querySelector(".map-status");
    this.marks = marksIn(units)
      .map((mark) => {
        const read = withCentre(mark);
        return read.units.length > 0 ? { ...read, count: read.units.length } : read;
      })
      .sort((a, b) => a.y - b.y || a.x - b.x);
    this.byElement = new Map(this.marks.map((mark) => [mark.element, mark]));

    // The units become reachable, so they must not be hidden from assistive technology,
    // and a focusable child would make role="img" nested interactive content: the map
    // keeps its name as an SVG document (as the national map, with its links, has it).
    svg.removeAttribute("role");
    units.removeAttribute("aria-hidden");
    this.makeCurrent(this.marks[0] ?? null);

    for (const item of root.querySelectorAll<HTMLElement>(".map-legend li[data-form]"))
      this.makeToggle(item);
    this.updateStatus();

    // Focus listeners go on the HTML container: Chromium makes an SVG element with
    // focus listeners a tab stop of its own.
    root.addEventListener("keydown", (event) => this.onKey(event));
    root.addEventListener("focusin", (event) => {
      const mark = this.markOf(event.target);
      if (mark !== null) {
        this.makeCurrent(mark);
        this.show(mark);
      }
    });
    root.addEventListener("focusout", (event) => {
      if (this.markOf(event.relatedTarget) === null && !this.pinned) this.hide();
    });
    svg.addEventListener("pointermove", (event) => this.onPointerMove(event));
    svg.addEventListener("pointerdown", (event) => {
      this.pointerType = event.pointerType;
    });
    svg.addEventListener("pointerleave", () => {
      if (!this.pinned) {
        if (this.region !== null) this.hide();
        this.showFocused();
      }
    });
    svg.addEventListener("click", (event) => this.onClick(event));
    document.addEventListener("pointerdown", (event) => {
      const target = event.target as Node;
      if (this.pinned && !svg.contains(target) && !tooltip?.contains(target)) this.hide();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && (this.shown ?? this.region) !== null && !this.hasFocus())
        this.hide();
    });
    window.addEventListener("resize", () => this.hide());
  }

  private visible(): Mark[] {
    return this.marks.filter((mark) => this.shownCount(mark) > 0);
  }

  /** A plate's units whose form is shown; empty for any other mark. */
  private shownUnits(mark: Mark): Mark[] {
    return mark.units.filter((unit) => !this.hidden.has(unit.form));
  }

  /** How many units a mark shows now: its shown units for a plate, else its count or none. */
  private shownCount(mark: Mark): number {
    if (mark.units.length > 0) return this.shownUnits(mark).length;
    return this.hidden.has(mark.form) ? 0 : mark.count;
  }

  /** What the tooltip and the accessible name say; a plate lists its shown units. */
  private describe(mark: Mark): { heading: string; rows: [string, string][]; list: string[] } {
    if (mark.units.length === 0) return { ...describe(mark), list: [] };
    const units = this.shownUnits(mark);
    return { heading: mapExplorer.here(units.length), rows: [], list: units.map(listed) };
  }

  private markOf(target: EventTarget | null): Mark | null {
    return target instanceof Element ? (this.byElement.get(target) ?? null) : null;
  }

  private hasFocus(): boolean {
    return this.markOf(document.activeElement) !== null;
  }

  /** Moves the map's one tab stop to `mark`, naming it as the tooltip does. */
  private makeCurrent(mark: Mark | null): void {
    if (this.current !== null && this.current !== mark)
      this.current.element.setAttribute("tabindex", "-1");
    this.current = mark;
    if (mark === null) return;
    const { element } = mark;
    element.setAttribute("tabindex", "0");
    const { heading, rows, list } = this.describe(mark);
    element.setAttribute("role", "img");
    element.setAttribute(
      "aria-label",
      list.length > 0
        ? mapExplorer.clusterLabel(heading, list)
        : mapExplorer.unitLabel(heading, rows),
    );
  }

  private onKey(event: KeyboardEvent): void {
    const from = this.markOf(event.target);
    if (from === null) return;
    const visible = this.visible();
    const steps: Record<string, () => Mark | null | undefined> = {
      ArrowUp: () => nearest(visible, from, 0, -1),
      ArrowDown: () => nearest(visible, from, 0, 1),
      ArrowLeft: () => nearest(visible, from, -1, 0),
      ArrowRight: () => nearest(visible, from, 1, 0),
      Home: () => visible[0],
      End: () => visible.at(-1),
    };
    if (event.key === "Escape") {
      event.preventDefault();
      this.hide();
      this.leave();
      return;
    }
    const step = steps[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const next = step();
    if (next !== null && next !== undefined && next !== from) {
      this.makeCurrent(next);
      next.element.focus();
    }
  }

  /** Focus moves on to the first tab stop after the map, as Tab would. */
  private leave(): void {
    const after = [...document.querySelectorAll<HTMLElement | SVGElement>(FOCUSABLE)].find(
      (element) =>
        !this.svg.contains(element) &&
        (this.svg.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 &&
        element.tabIndex >= 0 &&
        element.checkVisibility(),
    );
    if (after !== undefined) after.focus();
    else (document.activeElement as HTMLElement | null)?.blur();
  }

  /** The visible mark nearest a pointer, within reach of the kind of pointer. */
  private pick(event: MouseEvent): Mark | null {
    const matrix = this.units.getScreenCTM();
    if (matrix === null) return null;
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(matrix.inverse());
    const reach =
      (this.pointerType === "touch" ? PICK_RADIUS_PX.touch : PICK_RADIUS_PX.precise) / matrix.a;
    let best: Mark | null = null;
    let bestDistance = reach;
    for (const mark of this.visible()) {
      const distance = Math.hypot(mark.x - point.x, mark.y - point.y);
      if (distance <= bestDistance) {
        best = mark;
        bestDistance = distance;
      }
    }
    return best;
  }

  private onPointerMove(event: PointerEvent): void {
    this.pointerType = event.pointerType;
    if (event.pointerType === "touch" || this.pinned) return;
    const mark = this.pick(event);
    const region = mark === null ? regionAt(event.target) : null;
    if (region !== null) this.showRegion(region, event, false);
    else if (mark === null) this.showFocused();
    else if (mark !== this.shown) this.show(mark);
  }

  /**
   * A region's name at the pointer and, on a click or tap (`pinned`), its page as
   * the link the region table has for it: the reader chooses to follow it.
   */
  private showRegion(region: Element, event: MouseEvent, pinned: boolean): void {
    if (!pinned && this.region === region) {
      placeTooltip(sharedTooltip(), new DOMRect(event.clientX, event.clientY));
      return;
    }
    this.hide();
    this.region = region;
    region.classList.add("fc-map-region--hover");
    const href = region.getAttribute("data-href") ?? "";
    const link = [...document.querySelectorAll<HTMLAnchorElement>("a[href]")].find(
      (a) => a.getAttribute("href") === href && !this.svg.contains(a),
    );
    const name = document.createElement("strong");
    if (pinned) {
      const copy = document.createElement("a");
      copy.href = href;
      if (link?.hreflang) copy.hreflang = link.hreflang;
      copy.textContent = link?.textContent ?? href;
      name.append(copy);
    } else name.textContent = link?.textContent ?? href;
    const hint = document.createElement("p");
    hint.textContent = mapExplorer.regionHint;
    const tip = sharedTooltip();
    tip.replaceChildren(name, ...(pinned ? [] : [hint]));
    // A link the reader can click and a screen reader can reach, only while pinned.
    tip.classList.toggle("map-tooltip--pinned", pinned);
    tip.toggleAttribute("aria-hidden", !pinned);
    tip.hidden = false;
    this.pinned = pinned;
    placeTooltip(tip, new DOMRect(event.clientX, event.clientY));
  }

  /** Back to the unit that has the keyboard's focus, if one has; else nothing is shown. */
  private showFocused(): void {
    const focused = this.markOf(document.activeElement);
    if (focused === null) this.hide();
    else if (focused !== this.shown) this.show(focused);
  }

  /** A tap or click on a unit pins its tooltip; on a region away from units, the region's link. */
  private onClick(event: MouseEvent): void {
    const mark = this.pick(event);
    if (mark === null) {
      const region = regionAt(event.target);
      if (region === null) this.hide();
      else this.showRegion(region, event, true);
      return;
    }
    event.preventDefault();
    this.makeCurrent(mark);
    this.show(mark);
    this.pinned = true;
  }

  private show(mark: Mark): void {
    this.hide();
    this.shown = mark;
    const { heading, rows, list } = this.describe(mark);
    const tip = sharedTooltip();
    const title = document.createElement("strong");
    title.textContent = heading;
    const dl = document.createElement("dl");
    for (const [term, value] of rows) {
      const row = document.createElement("div");
      const dt = document.createElement("dt");
      dt.textContent = term;
      const dd = document.createElement("dd");
      dd.textContent = value;
      row.append(dt, dd);
      dl.append(row);
    }
    const items = document.createElement("ul");
    for (const text of list)
      items.append(Object.assign(document.createElement("li"), { textContent: text }));
    tip.classList.toggle("map-tooltip--many", list.length > MANY);
    tip.replaceChildren(
      title,
      ...(rows.length > 0 ? [dl] : []),
      ...(list.length > 0 ? [items] : []),
    );
    tip.hidden = false;
    this.placeRing(mark);
    placeTooltip(tip, mark.element.getBoundingClientRect());
  }

  private hide(): void {
    this.shown = null;
    this.pinned = false;
    this.region?.classList.remove("fc-map-region--hover");
    this.region = null;
    if (tooltip !== null) {
      tooltip.hidden = true;
      tooltip.classList.remove("map-tooltip--pinned");
      tooltip.setAttribute("aria-hidden", "true");
    }
    this.ring?.remove();
  }

  /** A ring around the current mark, on top of every mark, the same size in px at any zoom. */
  private placeRing(mark: Mark): void {
    const matrix = this.units.getScreenCTM();
    const perPx = matrix === null ? 1 : 1 / matrix.a;
    const box = mark.element.getBBox();
    const ring =
      this.ring ?? (document.createElementNS(this.svg.namespaceURI, "circle") as SVGCircleElement);
    ring.setAttribute("class", "fc-map-ring");
    ring.setAttribute("cx", String(mark.x));
    ring.setAttribute("cy", String(mark.y));
    ring.setAttribute("r", String(Math.max(box.width, box.height) / 2 + RING_GAP_PX * perPx));
    ring.setAttribute("stroke-width", String(RING_WIDTH_PX * perPx));
    this.units.append(ring);
    this.ring = ring;
  }

  private makeToggle(item: HTMLElement): void {
    const form = item.dataset["form"] ?? "";
    const entry = item.querySelector(".map-legend-entry");
    if (entry === null) return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = entry.className;
    button.setAttribute("aria-pressed", "true");
    button.append(...entry.childNodes);
    entry.replaceWith(button);
    button.addEventListener("click", () => {
      const show = this.hidden.has(form);
      if (show) this.hidden.delete(form);
      else this.hidden.add(form);
      button.setAttribute("aria-pressed", String(show));
      for (const element of this.svg.querySelectorAll<SVGElement>(`[data-form="${form}"]`))
        element.style.display = show ? "" : "none";
      for (const mark of this.marks)
        if (mark.units.length > 0)
          mark.element.style.display = this.shownCount(mark) > 0 ? "" : "none";
      if (this.shown !== null) {
        const pinned = this.pinned;
        if (this.shownCount(this.shown) > 0) this.show(this.shown);
        else this.hide();
        this.pinned = pinned && this.shown !== null;
      }
      const current = this.current;
      this.makeCurrent(
        current !== null && this.shownCount(current) > 0 ? current : (this.visible()[0] ?? null),
      );
      this.updateStatus();
    });
  }

  private updateStatus(): void {
    if (this.status === null) return;
    const total = this.marks.reduce((sum, mark) => sum + mark.count, 0);
    const shown = this.marks.reduce((sum, mark) => sum + this.shownCount(mark), 0);
    const text = mapExplorer.shown(shown, total);
    // Rewriting the same words would make some screen readers announce them again.
    if (this.status.textContent !== text) this.status.textContent = text;
  }
}

/** The region shape under the pointer that names a page, if any. */
function regionAt(target: EventTarget | null): Element | null {
  return target instanceof Element ? target.closest("[data-href]") : null;
}

/** Above the mark if there is room, else below; never past the viewport's left or right edge. */
function placeTooltip(tip: HTMLElement, anchor: DOMRect): void {
  const viewport = document.documentElement.clientWidth;
  const { offsetWidth: width, offsetHeight: height } = tip;
  const left = Math.max(
    VIEWPORT_MARGIN_PX,
    Math.min(anchor.left + anchor.width / 2 - width / 2, viewport - width - VIEWPORT_MARGIN_PX),
  );
  const above = anchor.top - height - TOOLTIP_OFFSET_PX;
  const top = above >= VIEWPORT_MARGIN_PX ? above : anchor.bottom + TOOLTIP_OFFSET_PX;
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${top + window.scrollY}px`;
}

for (const root of document.querySelectorAll<HTMLElement>("[data-map-explorer]")) {
  const svg = root.querySelector<SVGSVGElement>("svg.fc-map");
  const units = svg?.querySelector<SVGGElement>(".fc-map-units");
  if (svg && units) new MapExplorer(root, svg, units);
}
