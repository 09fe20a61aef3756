import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach time reports; whose figures each role sees is decided in the services (utilization.service.ts). */
export const utilizationRules: IRules = {
  UtilizationReport: canRead,
  UtilizationFigures: canRead,
  UtilizationRow: canRead,
  UtilizationRowConnection: canRead,
  UtilizationRowEdge: canRead,
  PersonProductivity: canRead,
  ProductivityComponents: canRead,
  PersonProductivityConnection: canRead,
  PersonProductivityEdge: canRead,
  TeamProductivity: canRead,
  CsvFile: canRead,
};
