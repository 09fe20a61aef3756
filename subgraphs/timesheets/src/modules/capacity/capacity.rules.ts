import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach working time, capacities and non-working days; whose leave one may set is checked in the service. */
export const capacityRules: IRules = {
  TimeSettings: canRead,
  TimeSettingsPayload: canRead,
  CapacityOverride: canRead,
  CapacityOverrideConnection: canRead,
  CapacityOverrideEdge: canRead,
  CapacityOverridePayload: canRead,
  NonWorkingDay: canRead,
  NonWorkingDayConnection: canRead,
  NonWorkingDayEdge: canRead,
  NonWorkingDayPayload: canRead,
  DeleteCapacityItemPayload: canRead,
};
