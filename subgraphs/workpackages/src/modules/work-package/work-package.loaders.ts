import DataLoader from "dataloader";
import type { EntityManager } from "@mikro-orm/core";
import { isUuid } from "@plateau/kernel";
import { filterToWhere } from "@plateau/subgraph-kit";
import { WorkPackage } from "./work-package.entity.js";
import { WORK_PACKAGE_FILTER_FIELDS, type WorkPackageFilter } from "./work-package.inputs.js";

/** Returns the loader of projects' work packages that match one filter. */
export type WorkPackagesByProject = (filter: WorkPackageFilter | null | undefined) => DataLoader<string, WorkPackage[]>;

/**
 * `Project.workPackages(filter)` for many projects at once: one query per distinct filter in a request,
 * however many projects the gateway asks about. A malformed ID in the filter is BAD_USER_INPUT naming
 * its path under `filter`.
 *
 * Not the kit's `groupLoader`: this one narrows by the filter as well, and project ids arrive from
 * clients' representations, so ones that are not UUIDs get no packages instead of a database error.
 */
export function workPackagesByProjectLoader(em: EntityManager): WorkPackagesByProject {
  const byFilter = new Map<string, DataLoader<string, WorkPackage[]>>();
  return (filter) => {
    const where = filterToWhere(filter, "filter", WORK_PACKAGE_FILTER_FIELDS);
    const key = JSON.stringify(where);
    let loader = byFilter.get(key);
    if (!loader) {
      loader = new DataLoader<string, WorkPackage[]>(async (projectIds) => {
        const valid = [...new Set(projectIds.filter(isUuid).map((id) => id.toLowerCase()))];
        const groups = new Map<string, WorkPackage[]>(valid.map((id) => [id, []]));
        if (valid.length > 0) {
          const scope = { projectId: { $in: valid } };
          const rows = await em.find(WorkPackage, (Object.keys(where).length > 0 ? { $and: [where, scope] } : scope) as never, {
            orderBy: { createdAt: "asc", id: "asc" },
          });
          for (const row of rows) groups.get(row.projectId ?? "")?.push(row);
        }
        return projectIds.map((id) => (isUuid(id) ? (groups.get(id.toLowerCase()) ?? []) : []));
      });
      byFilter.set(key, loader);
    }
    return loader;
  };
}
