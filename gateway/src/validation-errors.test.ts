import { buildSchema, parse, validate, type GraphQLFormattedError } from "graphql";
import { describe, expect, it } from "vitest";
import { asBadUserInput } from "./validation-errors.js";

const schema = buildSchema(`
  enum TaskStatus { OPEN DONE }
  input TaskStatusFilter { eq: TaskStatus, in: [TaskStatus!] }
  input TaskFilter { status: TaskStatusFilter, name: String, billable: Boolean, assignee: ID }
  input CreateTaskInput { projectId: ID!, name: String! }
  type Task { id: ID!, name: String! }
  type TaskConnection { nodes: [Task!]! }
  type Query {
    tasks(first: Int, estimateAbove: Float, filter: TaskFilter): TaskConnection!
    task(id: ID!): Task
  }
  type Mutation { createTask(input: CreateTaskInput!): Task! }
`);

/** What Apollo Server hands the formatter for `document`'s one validation error. */
function validationErrorOf(document: string): GraphQLFormattedError {
  const problems = validate(schema, parse(document));
  expect(problems, document).toHaveLength(1);
  const formatted = problems[0]!.toJSON();
  return { ...formatted, extensions: { ...formatted.extensions, code: "GRAPHQL_VALIDATION_FAILED" } };
}

describe("asBadUserInput", () => {
  it.each([
    ["an unknown enum value", "{ tasks(filter: { status: { eq: CLOSED } }) { nodes { id } } }"],
    ["an unknown enum value in a list", "{ tasks(filter: { status: { in: [OPEN, LATER] } }) { nodes { id } } }"],
    ["a string where an enum goes", '{ tasks(filter: { status: { eq: "OPEN" } }) { nodes { id } } }'],
    ["a number where a String goes", "{ tasks(filter: { name: 42 }) { nodes { id } } }"],
    ["a string where a Boolean goes", '{ tasks(filter: { billable: "yes" }) { nodes { id } } }'],
    ["an object where an ID goes", "{ tasks(filter: { assignee: { id: 1 } }) { nodes { id } } }"],
    ["a scalar where an input object goes", '{ tasks(filter: "open") { nodes { id } } }'],
    ["a missing required input field", 'mutation { createTask(input: { name: "x" }) { id } }'],
  ])("turns %s into BAD_USER_INPUT, keeping message and location", (_case, document) => {
    const formatted = validationErrorOf(document);

    const result = asBadUserInput(formatted);

    expect(result).toEqual({ ...formatted, extensions: { ...formatted.extensions, code: "BAD_USER_INPUT" } });
  });

  it.each([
    ["a string where an Int goes", '{ tasks(first: "ten") { nodes { id } } }'],
    ["a fraction where an Int goes", "{ tasks(first: 2.5) { nodes { id } } }"],
    ["an Int beyond 32 bits", "{ tasks(first: 3000000000) { nodes { id } } }"],
    ["a string where a Float goes", '{ tasks(estimateAbove: "high") { nodes { id } } }'],
  ])("turns %s into BAD_USER_INPUT", (_case, document) => {
    expect(asBadUserInput(validationErrorOf(document)).extensions?.code).toBe("BAD_USER_INPUT");
  });

  it.each([
    ["an unknown field", "{ tasks { nodes { id title } } }"],
    ["an unknown argument", "{ tasks(last: 5) { nodes { id } } }"],
    ["an unknown input field", "{ tasks(filter: { colour: RED }) { nodes { id } } }"],
    ["a missing selection", "{ tasks }"],
    ["an undefined variable", "{ task(id: $id) { id } }"],
  ])("leaves %s as GRAPHQL_VALIDATION_FAILED", (_case, document) => {
    const formatted = validationErrorOf(document);

    expect(asBadUserInput(formatted)).toBe(formatted);
  });

  it("leaves errors that are not validation failures alone", () => {
    const errors: GraphQLFormattedError[] = [
      { message: 'Value "CLOSED" does not exist in "TaskStatus" enum.', extensions: { code: "INTERNAL_SERVER_ERROR" } },
      { message: 'Syntax Error: Expected Name, found "}".', extensions: { code: "GRAPHQL_PARSE_FAILED" } },
      { message: "Expected value of type something" },
    ];

    for (const formatted of errors) expect(asBadUserInput(formatted)).toBe(formatted);
  });
});
