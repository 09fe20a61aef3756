import type { SubgraphDefinition } from "@plateau/subgraph-kit";
import { createLoaders, type TimesheetsLoaders } from "./context.js";
import { migrations } from "./migrations/index.js";
import { ProjectEffortResolver } from "./modules/project/project.resolver.js";
import { projectReference } from "./modules/project/project.reference.js";
import { projectRules } from "./modules/project/project.rules.js";
import { TaskTimeResolver } from "./modules/task/task.resolver.js";
import { taskReference } from "./modules/task/task.reference.js";
import { startTaskRecordConsumer } from "./modules/task/task-record.consumer.js";
import { TaskRecord } from "./modules/task/task-record.entity.js";
import { taskRules } from "./modules/task/task.rules.js";
import { teamRules } from "./modules/team/team.rules.js";
import { TimeEntry } from "./modules/time-entry/time-entry.entity.js";
import { timeEntryReference } from "./modules/time-entry/time-entry.reference.js";
import { TimeEntryResolver } from "./modules/time-entry/time-entry.resolver.js";
import { timeEntryRules } from "./modules/time-entry/time-entry.rules.js";
import { UserTimeResolver } from "./modules/user/user.resolver.js";
import { userReference } from "./modules/user/user.reference.js";
import { userRules } from "./modules/user/user.rules.js";
import { TimesheetTransition, WeeklyTimesheet } from "./modules/weekly-timesheet/weekly-timesheet.entity.js";
import { TimesheetTransitionResolver, WeeklyTimesheetResolver } from "./modules/weekly-timesheet/weekly-timesheet.resolver.js";
import { TimesheetSubscriptionResolver } from "./modules/weekly-timesheet/timesheet.subscription.js";
import { weeklyTimesheetRules } from "./modules/weekly-timesheet/weekly-timesheet.rules.js";
import { CapacityOverride } from "./modules/capacity/capacity-override.entity.js";
import { CapacityOverrideResolver, NonWorkingDayResolver, TimeSettingsResolver } from "./modules/capacity/capacity.resolver.js";
import { capacityRules } from "./modules/capacity/capacity.rules.js";
import { NonWorkingDay } from "./modules/capacity/non-working-day.entity.js";
import { TimeSettings } from "./modules/capacity/time-settings.entity.js";
import { ProductivityResolver, UtilizationResolver } from "./modules/utilization/utilization.resolver.js";
import { utilizationRules } from "./modules/utilization/utilization.rules.js";
import { RunningTimer } from "./modules/timer/running-timer.entity.js";
import { RunningTimerResolver, UserTimerResolver } from "./modules/timer/timer.resolver.js";
import { timerRules } from "./modules/timer/timer.rules.js";
import { TimeCategory } from "./modules/time-category/time-category.entity.js";
import { TimeCategoryResolver } from "./modules/time-category/time-category.resolver.js";
import { timeCategoryRules } from "./modules/time-category/time-category.rules.js";
import { referenceTargets } from "./reference-targets.js";

/** What timesheets stores. */
const TIMESHEETS_ENTITIES = [
  TimeEntry,
  WeeklyTimesheet,
  TimesheetTransition,
  TaskRecord,
  TimeSettings,
  CapacityOverride,
  NonWorkingDay,
  RunningTimer,
  TimeCategory,
];

/**
 * The timesheets subgraph: time entries (on tasks or in categories of non-project time), timers, weekly
 * timesheets and their approval, capacity, utilisation and productivity, and the time figures it adds to
 * tasks, projects and users.
 */
export const timesheets: SubgraphDefinition<TimesheetsLoaders> = {
  name: "timesheets",
  entities: TIMESHEETS_ENTITIES,
  // Every row here belongs to one workspace.
  tenantEntities: TIMESHEETS_ENTITIES,
  // Every change of these is audited with its actor: a week's status (a reopened approved week included),
  // entries, people's capacity, holidays and leave, the category catalogue.
  auditedEntities: [TimeEntry, WeeklyTimesheet, CapacityOverride, NonWorkingDay, TimeCategory],
  migrations,
  resolvers: [
    TimeEntryResolver,
    WeeklyTimesheetResolver,
    TimesheetTransitionResolver,
    TimesheetSubscriptionResolver,
    TimeSettingsResolver,
    CapacityOverrideResolver,
    NonWorkingDayResolver,
    UtilizationResolver,
    ProductivityResolver,
    RunningTimerResolver,
    UserTimerResolver,
    TimeCategoryResolver,
    TaskTimeResolver,
    ProjectEffortResolver,
    UserTimeResolver,
  ],
  referenceResolvers: {
    TimeEntry: timeEntryReference,
    Task: taskReference,
    Project: projectReference,
    User: userReference,
  } as never,
  permissions: [
    timeEntryRules,
    weeklyTimesheetRules,
    capacityRules,
    utilizationRules,
    timerRules,
    timeCategoryRules,
    teamRules,
    taskRules,
    projectRules,
    userRules,
  ],
  loaders: createLoaders,
  references: referenceTargets,
  // What timesheets knows of portfolio's tasks (entry checks, completions, estimates) follows portfolio's task events.
  consumers: ({ bus, orm, logger, consumerName }) => [startTaskRecordConsumer({ bus, orm, logger, consumer: consumerName })],
};
