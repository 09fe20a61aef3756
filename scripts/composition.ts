import path from "node:path";
import { composeServices } from "@apollo/composition";
import { parse, printSchema } from "graphql";
import { subgraphSdl } from "@plateau/subgraph-kit";
import { SUBGRAPHS } from "./subgraphs.js";

export const SCHEMA_DIR = path.resolve(import.meta.dirname, "..", "schema");

/** The URL a subgraph has in the committed supergraph (the gateway may override it per subgraph). */
export const defaultSubgraphUrl = (port: number) => `http://127.0.0.1:${port}/graphql`;

/**
 * Prints each subgraph's SDL and composes the supergraph in memory: file name → content.
 * Throws with every composition error when the subgraphs do not compose.
 */
export async function composeSubgraphArtifacts(): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const services = [];
  for (const { definition, port } of SUBGRAPHS) {
    const sdl = await subgraphSdl(definition);
    files[`${definition.name}.graphql`] = `${sdl.trim()}\n`;
    services.push({ name: definition.name, url: defaultSubgraphUrl(port), typeDefs: parse(sdl) });
  }
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(`Composition failed:\n${result.errors.map((error) => `- ${error.message}`).join("\n")}`);
  }
  files["supergraph.graphql"] = `${result.supergraphSdl.trim()}\n`;
  // What clients see (no federation plumbing): codegen and GraphiQL users read this one.
  files["api.graphql"] = `${printSchema(result.schema.toAPISchema().toGraphQLJSSchema()).trim()}\n`;
  return files;
}
