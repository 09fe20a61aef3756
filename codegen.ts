import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * Typed documents for the operations in packages/client/src/operations, generated from the composed
 * API schema (`npm run compose` writes schema/api.graphql). Run with `npm run codegen`; the drift test
 * fails when the committed output is stale.
 */
const config: CodegenConfig = {
  schema: "schema/api.graphql",
  documents: ["packages/client/src/operations/**/*.graphql"],
  ignoreNoDocuments: false,
  emitLegacyCommonJSImports: false,
  generates: {
    "packages/client/src/generated/": {
      preset: "client",
      // persisted-documents.json (sha256 → document) is the gateway's trusted-document list; each
      // generated document carries its hash in `__meta__.hash`.
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql", persistedDocuments: { hashAlgorithm: "sha256" } },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: "string", Date: "string", JSONObject: "Record<string, unknown>" },
        skipTypename: true,
      },
    },
  },
};

export default config;
