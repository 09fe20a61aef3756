import { canRead, type IRules } from "@plateau/subgraph-kit";

/** Who may reach timers; only one's own is started, stopped or discarded (timer.service.ts). */
export const timerRules: IRules = {
  RunningTimer: canRead,
  StartTimerPayload: canRead,
  StopTimerPayload: canRead,
  DiscardTimerPayload: canRead,
};
