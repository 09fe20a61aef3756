import { requireWorkspaceId, sqlRows } from "@plateau/subgraph-kit";
import type { InsightsContext } from "../../context.js";
import { expectedProgress, utcToday } from "../risk/risk.detectors.js";
import { RiskSeverity } from "../risk/risk.enums.js";
import { PortfolioAnalysis, PortfolioProjectAnalysis, RiskHealth, type SeverityCount } from "./portfolio-analysis.types.js";

const SEVERITIES = Object.values(RiskSeverity);
const healthOf = (worst: RiskSeverity | null): RiskHealth =>
  worst === RiskSeverity.HIGH || worst === RiskSeverity.CRITICAL
    ? RiskHealth.OFF_TRACK
    : worst === RiskSeverity.MEDIUM
      ? RiskHealth.AT_RISK
      : RiskHealth.ON_TRACK;

/** The portfolio analysis: every project's stored figures, in two statements whatever their number. */
export const portfolioAnalysisService = {
  async analyse(ctx: InsightsContext): Promise<PortfolioAnalysis> {
    const workspaceId = requireWorkspaceId(ctx);
    const today = utcToday();
    const [facts, risks] = await Promise.all([
      sqlRows<{ project_id: string; progress: number; start_date: string | null; end_date: string | null; blocked_task_count: number }>(
        ctx.em,
        `select project_id, progress, to_char(start_date, 'YYYY-MM-DD') as start_date, to_char(end_date, 'YYYY-MM-DD') as end_date,
                blocked_task_count
           from insights.project_facts where workspace_id = ? and not deleted`,
        [workspaceId],
      ),
      sqlRows<{ project_id: string; severity: RiskSeverity; count: number }>(
        ctx.em,
        `select r.project_id, r.severity, count(*)::int as count from insights.risk_assessment r
           join insights.project_facts f on f.workspace_id = r.workspace_id and f.project_id = r.project_id and not f.deleted
          where r.workspace_id = ? and r.status = 'OPEN' group by r.project_id, r.severity`,
        [workspaceId],
      ),
    ]);
    const byProject = new Map<string, { worst: RiskSeverity | null; count: number }>();
    for (const row of risks) {
      const entry = byProject.get(row.project_id) ?? { worst: null, count: 0 };
      entry.count += Number(row.count);
      if (entry.worst === null || SEVERITIES.indexOf(row.severity) > SEVERITIES.indexOf(entry.worst)) entry.worst = row.severity;
      byProject.set(row.project_id, entry);
    }
    const rows = facts.map((row) => {
      const own = byProject.get(row.project_id) ?? { worst: null, count: 0 };
      const expected = expectedProgress({ startDate: row.start_date, endDate: row.end_date }, today);
      return Object.assign(new PortfolioProjectAnalysis(), {
        id: row.project_id,
        projectId: row.project_id,
        riskHealth: healthOf(own.worst),
        worstSeverity: own.worst,
        openRiskCount: own.count,
        progress: Number(row.progress),
        expectedProgress: expected === null ? null : Math.round(expected * 100) / 100,
        blockedTaskCount: Number(row.blocked_task_count),
        startDate: row.start_date,
        endDate: row.end_date,
      });
    });
    // Worst first: by severity, then by how far behind the straight line, then by id (a stable order for cursors).
    const rank = (row: PortfolioProjectAnalysis) => (row.worstSeverity === null ? -1 : SEVERITIES.indexOf(row.worstSeverity));
    const behind = (row: PortfolioProjectAnalysis) => (row.expectedProgress ?? row.progress) - row.progress;
    rows.sort((a, b) => rank(b) - rank(a) || behind(b) - behind(a) || (a.projectId < b.projectId ? -1 : 1));
    const count = (health: RiskHealth) => rows.filter((row) => row.riskHealth === health).length;
    const openRisks: SeverityCount[] = [...SEVERITIES].reverse().map((severity) => ({
      severity,
      count: risks.filter((row) => row.severity === severity).reduce((sum, row) => sum + Number(row.count), 0),
    }));
    return Object.assign(new PortfolioAnalysis(), {
      asOf: today,
      projectCount: rows.length,
      onTrack: count(RiskHealth.ON_TRACK),
      atRisk: count(RiskHealth.AT_RISK),
      offTrack: count(RiskHealth.OFF_TRACK),
      openRisks,
      rows,
    });
  },
};
