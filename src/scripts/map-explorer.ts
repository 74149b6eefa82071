/**
 * Makes each map on the page explorable, on top of the static SVG (which stays
 * complete without this script):
 *
 * - pointing at, tapping or focusing a unit shows a tooltip with its name,
 *   kommun, form and area type, read from the markup (renderMap puts the name in
 *   the mark's <title> with the kommun, form and area type on its group); a
 *   grouped mark shows its own title (kommun, form and count);
 * - the map is one tab stop: arrow keys move to the nearest unit in that
 *   direction, Home/End to the first/last in reading order, Escape leaves;
 * - the legend's form entries become toggle buttons, and a live line says how
 *   many units are shown.
 *
 * Nothing here runs before the first paint (a module script), and nothing reads
 * layout until a reader interacts, so the page renders as fast as without it.
 */
import { mapWords } from "../lib/interactive-strings.ts";
import { nearest } from "./lib/nearest.ts";

/** How far from a mark's centre a pointer still picks it, in CSS px: a finger needs more room. */
const PICK_RADIUS_PX = { precise: 8, touch: 24 } as const;
/** The highlight ring around the current unit, in CSS px. */
const RING_GAP_PX = 2.5;
const RING_WIDTH_PX = 2.5;
/** Space between the tooltip and the mark, and the tooltip and the viewport's edges. */
const TOOLTIP_OFFSET_PX = 10;
const VIEWPORT_MARGIN_PX = 8;
const FOCUSABLE = "a[href], button, input, select, textarea, summary, [tabindex]";
/** The tooltip's and the status line's words, in the page's language (the English summary's or Swedish). */
const { mapExplorer, unitFields, unitTitle } = mapWords(document.documentElement.lang);

interface Mark {
  readonly element: SVGGraphicsElement;
  /** "Name (kommun)" for a unit, "Kommun: 12 familjecentraler" for a grouped mark. */
  readonly title: string;
  /** A unit's group, which names its form and area type; null for a grouped mark. */
  readonly group: Element | null;
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

/** The marks as renderMap draws them: units in groups that list their titles, or grouped marks with a <title>. */
function marksIn(units: SVGGElement): Omit<Mark, "x" | "y" | "form" | "count">[] {
  const unitMarks = [...units.querySelectorAll("g[data-titles]")].flatMap((group) => {
    expandMarkers(group);
    const titles = (group.getAttribute("data-titles") ?? "").split("\n");
    return [...group.querySelectorAll<SVGGraphicsElement>(":scope > use")].map((element, i) => ({
      element,
      title: titles[i] ?? "",
      group,
    }));
  });
  const groupMarks = [...units.querySelectorAll<SVGGraphicsElement>("[data-group]")].map(
    (element) => ({
      element,
      title: element.querySelector("title")?.textContent ?? "",
      group: null,
    }),
  );
  return [...unitMarks, ...groupMarks];
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
  private ring: SVGCircleElement | null = null;
  private pointerType = "mouse";

  constructor(root: HTMLElement, svg: SVGSVGElement, units: SVGGElement) {
    this.svg = svg;
    this.units = units;
    this.status = root.querySelector(".map-status");
    this.marks = marksIn(units)
      .map((mark) => {
        const [x, y] = centreOf(mark.element);
        const form = mark.element.closest("[data-form]")?.getAttribute("data-form") ?? "";
        const count = Number(mark.element.getAttribute("data-count") ?? 1);
        return { ...mark, x, y, form, count };
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
      if (!this.pinned) this.showFocused();
    });
    svg.addEventListener("click", (event) => this.onClick(event));
    document.addEventListener("pointerdown", (event) => {
      if (this.pinned && !svg.contains(event.target as Node)) this.hide();
    });
    document.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && this.shown !== null && !this.hasFocus()) this.hide();
    });
    window.addEventListener("resize", () => this.hide());
  }

  private visible(): Mark[] {
    return this.marks.filter((mark) => !this.hidden.has(mark.form));
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
    if (!element.hasAttribute("aria-label")) {
      const { heading, rows } = describe(mark);
      element.setAttribute("role", "img");
      element.setAttribute("aria-label", mapExplorer.unitLabel(heading, rows));
    }
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
    if (mark === null) this.showFocused();
    else if (mark !== this.shown) this.show(mark);
  }

  /** Back to the unit that has the keyboard's focus, if one has; else nothing is shown. */
  private showFocused(): void {
    const focused = this.markOf(document.activeElement);
    if (focused === null) this.hide();
    else if (focused !== this.shown) this.show(focused);
  }

  /** A tap or click on a unit pins its tooltip (and is not a click on the region's link). */
  private onClick(event: MouseEvent): void {
    const mark = this.pick(event);
    if (mark === null) {
      this.hide();
      return;
    }
    event.preventDefault();
    this.makeCurrent(mark);
    this.show(mark);
    this.pinned = true;
  }

  private show(mark: Mark): void {
    this.shown = mark;
    this.pinned = false;
    const { heading, rows } = describe(mark);
    const tip = sharedTooltip();
    const title = document.createElement("strong");
    title.textContent = heading;
    const list = document.createElement("dl");
    for (const [term, value] of rows) {
      const row = document.createElement("div");
      const dt = document.createElement("dt");
      dt.textContent = term;
      const dd = document.createElement("dd");
      dd.textContent = value;
      row.append(dt, dd);
      list.append(row);
    }
    tip.replaceChildren(title, ...(rows.length > 0 ? [list] : []));
    tip.hidden = false;
    this.placeRing(mark);
    placeTooltip(tip, mark.element.getBoundingClientRect());
  }

  private hide(): void {
    this.shown = null;
    this.pinned = false;
    if (tooltip !== null) tooltip.hidden = true;
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
      if (this.shown !== null && this.hidden.has(this.shown.form)) this.hide();
      if (this.current !== null && this.hidden.has(this.current.form))
        this.makeCurrent(this.visible()[0] ?? null);
      this.updateStatus();
    });
  }

  private updateStatus(): void {
    if (this.status === null) return;
    const total = this.marks.reduce((sum, mark) => sum + mark.count, 0);
    const shown = this.visible().reduce((sum, mark) => sum + mark.count, 0);
    const text = mapExplorer.shown(shown, total);
    // Rewriting the same words would make some screen readers announce them again.
    if (this.status.textContent !== text) this.status.textContent = text;
  }
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
