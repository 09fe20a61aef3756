import { Field, ID, ObjectType } from "type-graphql";
import { Connection } from "@plateau/subgraph-kit";
import { Project } from "./project.entity.js";
import { ProjectStatusUpdate } from "./project-status-update.entity.js";

@ObjectType({ description: "The project as created or edited." })
export class ProjectPayload {
  @Field(() => Project, { description: "The project after the change." }) project!: Project;
}

@ObjectType({ description: "What deleteProject removed." })
export class DeleteProjectPayload {
  @Field(() => ID, { description: "The id of the project that no longer exists." }) deletedProjectId!: string;
}

@ObjectType({ description: "The posted status update and the project it changed." })
export class PostProjectStatusUpdatePayload {
  @Field(() => ProjectStatusUpdate, { description: "The new status update." }) statusUpdate!: ProjectStatusUpdate;
  @Field(() => Project, { description: "The project, with its new health." }) project!: Project;
}

export const ProjectConnection = Connection(Project);

export const ProjectStatusUpdateConnection = Connection(ProjectStatusUpdate);
