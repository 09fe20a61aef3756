import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from "type-graphql";
import { Connection, PageArgs } from "@plateau/subgraph-kit";
import type { TimesheetsContext } from "../../context.js";
import { User, userRef } from "../user/user.stub.js";
import { CapacityOverride } from "./capacity-override.entity.js";
import {
  AddCapacityOverrideInput,
  AddNonWorkingDayInput,
  CapacityOverrideFilter,
  DeleteCapacityOverrideInput,
  DeleteNonWorkingDayInput,
  NonWorkingDayFilter,
  UpdateTimeSettingsInput,
} from "./capacity.inputs.js";
import { capacityService } from "./capacity.service.js";
import { CapacityOverridePayload, DeleteCapacityItemPayload, NonWorkingDayPayload, TimeSettingsPayload } from "./capacity.types.js";
import { NonWorkingDay } from "./non-working-day.entity.js";
import { TimeSettings } from "./time-settings.entity.js";
import { Weekday, weekdayOf } from "./weekday.js";

export const CapacityOverrideConnection = Connection(CapacityOverride);
export const NonWorkingDayConnection = Connection(NonWorkingDay);

@Resolver(() => TimeSettings)
export class TimeSettingsResolver {
  @Query(() => TimeSettings, {
    description: "The workspace's working time: default capacity and time zone (40 h, Monday to Friday, UTC until changed).",
  })
  timeSettings(@Ctx() ctx: TimesheetsContext): Promise<TimeSettings> {
    return capacityService.settings(ctx);
  }

  @Mutation(() => TimeSettingsPayload, { description: "Changes the workspace's default capacity or time zone. ADMIN and above." })
  async updateTimeSettings(
    @Arg("input", () => UpdateTimeSettingsInput, { description: "The fields to change." }) input: UpdateTimeSettingsInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<TimeSettingsPayload> {
    return { timeSettings: await capacityService.updateSettings(ctx, input) };
  }

  @FieldResolver(() => [Weekday], { description: "The days the weekly hours are spread over, Monday first." })
  workingDays(@Root() settings: TimeSettings): Weekday[] {
    return settings.workingDays.map(weekdayOf);
  }
}

@Resolver(() => CapacityOverride)
export class CapacityOverrideResolver {
  @Query(() => CapacityOverrideConnection, {
    description: "People's own capacities, by person and start: everyone's for MANAGER and above, your own otherwise.",
  })
  capacityOverrides(
    @Arg("filter", () => CapacityOverrideFilter, { nullable: true, description: "Only overrides that match; omit for all." })
    filter: CapacityOverrideFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return capacityService.listOverrides(ctx, filter, page);
  }

  @Mutation(() => CapacityOverridePayload, {
    description:
      "Gives a member their own weekly capacity for a span of days (the latest starting one counts where several cover a day). MANAGER and above.",
  })
  async addCapacityOverride(
    @Arg("input", () => AddCapacityOverrideInput, { description: "Whose capacity, when, and how much." }) input: AddCapacityOverrideInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<CapacityOverridePayload> {
    return { capacityOverride: await capacityService.addOverride(ctx, input) };
  }

  @Mutation(() => DeleteCapacityItemPayload, { description: "Deletes a capacity override. MANAGER and above." })
  async deleteCapacityOverride(
    @Arg("input", () => DeleteCapacityOverrideInput, { description: "The override to delete." }) input: DeleteCapacityOverrideInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<DeleteCapacityItemPayload> {
    return { deletedId: await capacityService.deleteOverride(ctx, input) };
  }

  @FieldResolver(() => User, { description: "Whose capacity." })
  user(@Root() override: CapacityOverride): User {
    return userRef(override.userId);
  }

  @FieldResolver(() => [Weekday], { description: "The days the weekly hours are spread over, Monday first." })
  workingDays(@Root() override: CapacityOverride): Weekday[] {
    return override.workingDays.map(weekdayOf);
  }
}

@Resolver(() => NonWorkingDay)
export class NonWorkingDayResolver {
  @Query(() => NonWorkingDayConnection, {
    description: "Holidays and leave, by day: everyone's for MANAGER and above; the holidays and your own leave otherwise.",
  })
  nonWorkingDays(
    @Arg("filter", () => NonWorkingDayFilter, { nullable: true, description: "Only days that match; omit for all you may see." })
    filter: NonWorkingDayFilter | undefined,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: TimesheetsContext,
  ) {
    return capacityService.listNonWorkingDays(ctx, filter, page);
  }

  @Mutation(() => NonWorkingDayPayload, {
    description: "Adds a holiday (MANAGER and above) or a day of leave: your own (MEMBER and above) or a member's (MANAGER and above).",
  })
  async addNonWorkingDay(
    @Arg("input", () => AddNonWorkingDayInput, { description: "The day, what it is, and whose leave (none: a holiday)." })
    input: AddNonWorkingDayInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<NonWorkingDayPayload> {
    return { nonWorkingDay: await capacityService.addNonWorkingDay(ctx, input) };
  }

  @Mutation(() => DeleteCapacityItemPayload, { description: "Deletes a holiday or a day of leave; who may is as for addNonWorkingDay." })
  async deleteNonWorkingDay(
    @Arg("input", () => DeleteNonWorkingDayInput, { description: "The day to delete." }) input: DeleteNonWorkingDayInput,
    @Ctx() ctx: TimesheetsContext,
  ): Promise<DeleteCapacityItemPayload> {
    return { deletedId: await capacityService.deleteNonWorkingDay(ctx, input) };
  }

  @FieldResolver(() => User, { nullable: true, description: "Whose leave; null for a holiday of the workspace." })
  user(@Root() day: NonWorkingDay): User | null {
    return day.userId ? userRef(day.userId) : null;
  }
}
