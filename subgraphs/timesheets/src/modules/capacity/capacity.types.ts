import { Field, ID, ObjectType } from "type-graphql";
import { TimeSettings } from "./time-settings.entity.js";
import { CapacityOverride } from "./capacity-override.entity.js";
import { NonWorkingDay } from "./non-working-day.entity.js";

@ObjectType({ description: "The workspace's working time after the change." })
export class TimeSettingsPayload {
  @Field(() => TimeSettings, { description: "The settings now." }) timeSettings!: TimeSettings;
}

@ObjectType({ description: "The capacity override as added." })
export class CapacityOverridePayload {
  @Field(() => CapacityOverride, { description: "The new override." }) capacityOverride!: CapacityOverride;
}

@ObjectType({ description: "The non-working day as added." })
export class NonWorkingDayPayload {
  @Field(() => NonWorkingDay, { description: "The new day." }) nonWorkingDay!: NonWorkingDay;
}

@ObjectType({ description: "What a delete removed." })
export class DeleteCapacityItemPayload {
  @Field(() => ID, { description: "The id of what no longer exists." }) deletedId!: string;
}
