import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseAllDocuments } from "yaml";

/**
 * Renders a kustomization as `kubectl apply -k` would, without kubectl: the subset of kustomize that
 * deploy/kubernetes uses (resources, namespace, labels, images, strategic-merge patches). A field outside
 * that subset fails the render, so the test never checks something other than what kubectl would apply.
 */

/** A Kubernetes object as written in the manifests. */
export interface Resource {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> };
  [field: string]: unknown;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  labels?: { pairs: Record<string, string>; includeSelectors?: boolean; includeTemplates?: boolean }[];
  images?: { name: string; newName?: string; newTag?: string }[];
  patches?: { path: string }[];
}

const SUPPORTED = new Set(["apiVersion", "kind", "resources", "namespace", "labels", "images", "patches"]);
/** Kinds that are not namespaced, among those the manifests use. */
const CLUSTER_SCOPED = new Set(["Namespace"]);

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === "object" && value !== null && !Array.isArray(value);
const isNamedList = (value: unknown): value is Json[] =>
  Array.isArray(value) && value.every((item) => isObject(item) && typeof item.name === "string");

/**
 * Kubernetes' strategic merge as far as the manifests need it: objects merge field by field, `null`
 * deletes, lists of named items (containers, env, volumes) merge by name, other lists are replaced.
 */
export function strategicMerge(target: unknown, patch: unknown): unknown {
  if (isNamedList(target) && isNamedList(patch)) {
    const merged = target.map((item) => {
      const match = patch.find((candidate) => candidate.name === item.name);
      return match ? strategicMerge(item, match) : item;
    });
    return [...merged, ...patch.filter((item) => !target.some((existing) => existing.name === item.name))];
  }
  if (!isObject(target) || !isObject(patch)) return structuredClone(patch);
  const merged: Json = { ...target };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else merged[key] = strategicMerge(target[key], value);
  }
  return merged;
}

function readYaml(file: string): unknown[] {
  return parseAllDocuments(readFileSync(file, "utf8")).flatMap((document) => {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0]!.message}`);
    const value: unknown = document.toJS();
    return value === null ? [] : [value];
  });
}

/** The pod specs inside a workload (Deployment, Job, CronJob, …). */
function podSpecs(resource: Resource): Json[] {
  const spec = resource.spec as Json | undefined;
  const template = (spec?.template ?? (spec?.jobTemplate as Json | undefined)?.spec) as Json | undefined;
  const nested = isObject(template) && "template" in template ? (template.template as Json) : template;
  return isObject(nested) && isObject(nested.spec) ? [nested] : [];
}

/** The resources a kustomization directory renders to, every transformation of its own and its bases applied. */
export function renderKustomization(dir: string): Resource[] {
  const file = path.join(dir, "kustomization.yaml");
  const kustomization = readYaml(file)[0] as Kustomization;
  const unsupported = Object.keys(kustomization).filter((key) => !SUPPORTED.has(key));
  if (unsupported.length > 0) throw new Error(`${file} uses ${unsupported.join(", ")}, which tests/kustomize.ts does not render`);

  let resources = (kustomization.resources ?? []).flatMap((entry) => {
    const target = path.join(dir, entry);
    return statSync(target).isDirectory() ? renderKustomization(target) : (readYaml(target) as Resource[]);
  });

  for (const { path: patchFile } of kustomization.patches ?? []) {
    for (const patch of readYaml(path.join(dir, patchFile)) as Resource[]) {
      const index = resources.findIndex((resource) => resource.kind === patch.kind && resource.metadata.name === patch.metadata.name);
      if (index < 0) throw new Error(`${path.join(dir, patchFile)} patches ${patch.kind}/${patch.metadata.name}, which is not rendered`);
      resources[index] = strategicMerge(resources[index], patch) as Resource;
    }
  }

  resources = resources.map((original) => {
    const resource = structuredClone(original);
    if (kustomization.namespace && !CLUSTER_SCOPED.has(resource.kind)) resource.metadata.namespace = kustomization.namespace;
    for (const { pairs, includeSelectors, includeTemplates } of kustomization.labels ?? []) {
      if (includeSelectors) throw new Error(`${file}: labels with includeSelectors are not rendered by tests/kustomize.ts`);
      resource.metadata.labels = { ...resource.metadata.labels, ...pairs };
      if (includeTemplates) {
        for (const pod of podSpecs(resource)) {
          const metadata = (pod.metadata ?? {}) as Json;
          pod.metadata = { ...metadata, labels: { ...(metadata.labels as Json | undefined), ...pairs } };
        }
      }
    }
    for (const pod of podSpecs(resource)) {
      const spec = pod.spec as { containers?: Json[]; initContainers?: Json[] };
      for (const container of [...(spec.containers ?? []), ...(spec.initContainers ?? [])]) {
        const [name] = String(container.image).split(/[:@]/);
        const image = kustomization.images?.find((candidate) => candidate.name === name);
        if (image) container.image = `${image.newName ?? name}${image.newTag ? `:${image.newTag}` : ""}`;
      }
    }
    return resource;
  });
  return resources;
}
