import { registerEnumType } from "type-graphql";
import { ArchitectureElementType as T } from "../architecture-element/architecture-element.entity.js";

/** ArchiMate relationships a work package may have with an architecture element. */
export enum PackageRelation {
  REALIZES = "REALIZES",
  CLOSES = "CLOSES",
  DELIVERS = "DELIVERS",
  ENABLES = "ENABLES",
  INFLUENCES = "INFLUENCES",
  SERVES = "SERVES",
  ASSOCIATED_WITH = "ASSOCIATED_WITH",
}
registerEnumType(PackageRelation, {
  description: "The ArchiMate relationship a work package has with an architecture element; each suits certain element types.",
  valuesConfig: {
    REALIZES: { description: "The package brings about a goal, outcome, requirement, capability, deliverable or plateau." },
    CLOSES: { description: "The package closes a GAP." },
    DELIVERS: { description: "The package produces a DELIVERABLE or PLATEAU." },
    ENABLES: { description: "The package makes a CAPABILITY or PLATEAU possible." },
    INFLUENCES: { description: "The package affects the element, positively or negatively (any type)." },
    SERVES: { description: "The package provides something the element uses (any type)." },
    ASSOCIATED_WITH: { description: "Some other, unspecified relationship (any type)." },
  },
  name: "PackageRelation",
});

const ANY: readonly T[] = Object.values(T);

/**
 * The element types each relation may point at, following the ArchiMate 3.2 implementation & migration
 * viewpoint: a work package closes gaps, delivers deliverables (and the plateaus they make up), realizes
 * motivation and strategy elements, and enables capabilities or plateaus. The rest connect to anything.
 */
export const ALLOWED_TARGETS: Readonly<Record<PackageRelation, readonly T[]>> = {
  [PackageRelation.CLOSES]: [T.GAP],
  [PackageRelation.DELIVERS]: [T.DELIVERABLE, T.PLATEAU],
  [PackageRelation.REALIZES]: [T.GOAL, T.OUTCOME, T.REQUIREMENT, T.CAPABILITY, T.DELIVERABLE, T.PLATEAU],
  [PackageRelation.ENABLES]: [T.CAPABILITY, T.PLATEAU],
  [PackageRelation.INFLUENCES]: ANY,
  [PackageRelation.SERVES]: ANY,
  [PackageRelation.ASSOCIATED_WITH]: ANY,
};

/** True when a work package may have `relation` to an element of `type`. */
export function relationAllows(relation: PackageRelation, type: T): boolean {
  return ALLOWED_TARGETS[relation].includes(type);
}
