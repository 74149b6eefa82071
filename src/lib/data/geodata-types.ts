import type { Feature, MultiPolygon, Polygon } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

/** A Swedish region (län) on the map; `lanskod` is SCB's two-digit county code. */
export interface RegionProperties {
  readonly lanskod: string;
  readonly iso: string;
  readonly namn: string;
}

/** A neighbouring country, drawn only as background. */
export interface NeighbourProperties {
  readonly iso: string;
  readonly namn: string;
}

export type AreaGeometry = Polygon | MultiPolygon;
export type RegionFeature = Feature<AreaGeometry, RegionProperties>;
export type NeighbourFeature = Feature<AreaGeometry, NeighbourProperties>;

/** The shape of data/sverige.topo.json. */
export type SwedenTopology = Topology<{
  regioner: GeometryCollection<RegionProperties>;
  grannar: GeometryCollection<NeighbourProperties>;
}>;

/** The map's geometry, checked and converted to GeoJSON features. */
export interface Geodata {
  /** Sweden's regions, in county-code order. */
  readonly regions: readonly RegionFeature[];
  /** Norway, Finland and Denmark, in ISO-code order. */
  readonly neighbours: readonly NeighbourFeature[];
  readonly topology: SwedenTopology;
}
