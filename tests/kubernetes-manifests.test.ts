import { generateKeyPairSync, randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLogger, EnvError, parseEnv } from "@plateau/kernel";
import { migrateEnvShape, secretBoxFromEnv } from "@plateau/subgraph-kit";
import { loadSigningKey } from "../subgraphs/identity/src/modules/auth/signing-key.js";
import { JWKS_PATH } from "../subgraphs/identity/src/routes.js";
import { deployables, subgraphs, variablesReadBy, type Deployable } from "./deployables.js";
import { DOC, section, tableRows } from "./docs/operations-doc.js";
import { renderKustomization, type Resource } from "./kustomize.js";

/**
 * deploy/kubernetes against the code, rendered without kubectl (tests/kustomize.ts): every object valid for
 * the Kubernetes API (kubernetes-models' JSON schemas), every deployable with its Deployment, Service,
 * HorizontalPodAutoscaler and PodDisruptionBudget, probes on the paths and port the code serves, every
 * variable the code reads set or documented as optional, and the Secrets left as placeholders.
 */

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");
const BASE = "deploy/kubernetes/base";
const OVERLAY = "deploy/kubernetes/overlays/production";
const base = renderKustomization(path.join(root, BASE));
const production = renderKustomization(path.join(root, OVERLAY));

/** What marks a value the operator must replace. */
const PLACEHOLDER = /replace[-_]me/i;

/** Well-formed stand-ins for the Secrets' placeholders, so the code's own parsing can judge the rest. */
const EXAMPLE_SECRETS: Record<string, string> = {
  DATABASE_URL: "postgres://plateau:password@postgres:5432/plateau",
  REDIS_URL: "redis://redis:6379",
  INTERNAL_SECRETS: `k1:${randomBytes(32).toString("base64")}`,
  JWT_PRIVATE_KEY: generateKeyPairSync("ed25519").privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  SECRETS_KEYS: `s1:${randomBytes(32).toString("base64")}`,
};

type Json = Record<string, unknown>;
interface Probe {
  httpGet?: { path?: string; port?: string | number };
}
interface Container {
  name: string;
  image?: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: unknown }[];
  envFrom?: { configMapRef?: { name: string }; secretRef?: { name: string } }[];
  livenessProbe?: Probe;
  readinessProbe?: Probe;
  startupProbe?: Probe;
  resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> };
  securityContext?: { allowPrivilegeEscalation?: boolean; readOnlyRootFilesystem?: boolean; capabilities?: { drop?: string[] } };
}
interface PodTemplate {
  metadata?: { labels?: Record<string, string> };
  spec: { containers: Container[]; securityContext?: { runAsNonRoot?: boolean; runAsUser?: number } };
}

const find = (resources: Resource[], kind: string, name: string) =>
  resources.find((resource) => resource.kind === kind && resource.metadata.name === name);
const spec = (resource: Resource | undefined) => (resource?.spec ?? {}) as Json;
const podTemplate = (deployment: Resource | undefined) => spec(deployment).template as PodTemplate | undefined;
const containerOf = (deployment: Resource | undefined) => podTemplate(deployment)?.spec.containers[0];
const selects = (selector: unknown, labels: Record<string, string> = {}) => {
  const matchLabels = ((selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels ?? selector ?? {}) as Record<
    string,
    string
  >;
  return Object.keys(matchLabels).length > 0 && Object.entries(matchLabels).every(([key, value]) => labels[key] === value);
};

/** `ENV` of the Dockerfile's runtime stage: what every container starts with before the manifests' variables. */
const imageEnv: Record<string, string> = (() => {
  const runtime = read("Dockerfile")
    .split(/^FROM /m)
    .at(-1)!;
  const line = /^ENV (.+)$/m.exec(runtime)?.[1] ?? "";
  return Object.fromEntries([...line.matchAll(/(\w+)=(\S+)/g)].map((match) => [match[1]!, match[2]!]));
})();

/**
 * A container's environment as the kubelet builds it (the image's, then envFrom in order, then env), with
 * examples for the Secrets' values; `set` is what the manifests set.
 */
function environmentOf(resources: Resource[], container: Container): { env: Record<string, string>; set: string[]; problems: string[] } {
  const env: Record<string, string> = { ...imageEnv };
  const set: string[] = [];
  const problems: string[] = [];
  for (const source of container.envFrom ?? []) {
    const [kind, name] = source.configMapRef ? ["ConfigMap", source.configMapRef.name] : ["Secret", source.secretRef!.name];
    const object = find(resources, kind, name);
    if (!object) {
      problems.push(`envFrom names ${kind} ${name}, which is not rendered`);
      continue;
    }
    const data = { ...(object.data as Json | undefined), ...(object.stringData as Json | undefined) };
    for (const [key, value] of Object.entries(data)) {
      env[key] = kind === "Secret" ? (EXAMPLE_SECRETS[key] ?? `no example for the Secret key ${key}`) : String(value);
      set.push(key);
    }
  }
  for (const variable of container.env ?? []) {
    if (variable.valueFrom) problems.push(`env.${variable.name} uses valueFrom: name a ConfigMap or Secret in envFrom instead`);
    env[variable.name] = variable.value ?? "";
    set.push(variable.name);
  }
  return { env, set, problems };
}

/** The path a service serves a probe handler on, read from the file that mounts it: `app.get("<path>", <handler>(`. */
function probePath(file: string, handler: "livenessHandler" | "readinessHandler"): string {
  const match = new RegExp(`app\\.get\\(\\s*"([^"]+)",\\s*${handler}\\(`).exec(read(file));
  if (!match) throw new Error(`${file} no longer mounts ${handler} with app.get("<path>", ${handler}(…)): update this test`);
  return match[1]!;
}
const PROBES_MOUNTED_IN: Record<string, string> = {
  gateway: "gateway/src/observability/gateway-observability.ts",
  subgraph: "packages/subgraph-kit/src/server.ts",
};

/** The container port a probe or Service names, by name or number. */
const portNumber = (container: Container | undefined, port: string | number | undefined) =>
  typeof port === "number" ? port : container?.ports?.find((candidate) => candidate.name === port)?.containerPort;

/** What the JSON schema of an object's kind (kubernetes-models, e.g. `kubernetes-models/apps/v1/Deployment`) finds wrong with it; undefined when valid. */
async function validationErrors(resource: Resource): Promise<string | undefined> {
  const module = (await import(/* @vite-ignore */ `kubernetes-models/${resource.apiVersion}/${resource.kind}`).catch(() => undefined)) as
    Record<string, new (data: unknown) => { validate(): void }> | undefined;
  const Model = module?.[resource.kind];
  if (!Model) return `${resource.apiVersion} ${resource.kind} is not a Kubernetes API kind`;
  try {
    new Model(resource).validate();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe.each([
  ["base", BASE, base],
  ["production", OVERLAY, production],
] as const)("deploy/kubernetes %s", (_label, dir, resources) => {
  it("renders", () => {
    expect(resources.length, `${dir} renders nothing`).toBeGreaterThan(0);
  });

  it("holds only objects valid against the Kubernetes API schemas", async () => {
    const invalid: string[] = [];
    for (const resource of resources) {
      const errors = await validationErrors(resource);
      if (errors) invalid.push(`${resource.kind}/${resource.metadata.name}: ${errors}`);
    }
    expect(invalid, `${dir}: fix these objects`).toEqual([]);
  });

  it("names each object once per kind", () => {
    const keys = resources.map((resource) => `${resource.kind}/${resource.metadata.name}`);
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it("runs only the gateway and the subgraphs", () => {
    const workloads = resources.filter((resource) => ["Deployment", "StatefulSet", "DaemonSet"].includes(resource.kind));
    expect(workloads.map((resource) => resource.metadata.name).sort()).toEqual(deployables.map((deployable) => deployable.name).sort());
  });
});

describe(`${OVERLAY} (what \`kubectl apply -k\` deploys)`, () => {
  describe.each(deployables)("$name", (deployable: Deployable) => {
    const { name } = deployable;
    const deployment = find(production, "Deployment", name);
    const template = podTemplate(deployment);
    const container = containerOf(deployment);
    const labels = template?.metadata?.labels ?? {};
    const where = `${BASE}/${name}.yaml`;
    const kind = name === "gateway" ? "gateway" : "subgraph";
    const environment = () => environmentOf(production, container!);

    it("has a Deployment whose selector matches its pods, running the image built for it", () => {
      expect(deployment, `${where} needs a Deployment named ${name}`).toBeDefined();
      expect(selects(spec(deployment).selector, labels), `${where}: the Deployment's selector must match its pod labels`).toBe(true);
      expect(template?.spec.containers, `${where}: one container per pod`).toHaveLength(1);
      const baseImage = containerOf(find(base, "Deployment", name))?.image;
      expect(baseImage, `${where}: the image is plateau-${name} (docker build --build-arg SERVICE=${name}), renamed by the overlay`).toBe(
        `plateau-${name}`,
      );
      expect(container?.image, `${OVERLAY}/kustomization.yaml must give plateau-${name} a registry and tag under images`).not.toBe(
        baseImage,
      );
    });

    it("runs at least two replicas, scaled on CPU by an autoscaling/v2 HorizontalPodAutoscaler", () => {
      const hpa = find(production, "HorizontalPodAutoscaler", name);
      expect(hpa?.apiVersion, `${where} needs an autoscaling/v2 HorizontalPodAutoscaler named ${name}`).toBe("autoscaling/v2");
      const target = spec(hpa).scaleTargetRef as Json | undefined;
      expect(target, `${where}: the HorizontalPodAutoscaler must scale the Deployment ${name}`).toMatchObject({
        apiVersion: "apps/v1",
        kind: "Deployment",
        name,
      });
      expect(Number(spec(hpa).minReplicas), `${where}: minReplicas must be 2 or more`).toBeGreaterThanOrEqual(2);
      expect(Number(spec(hpa).maxReplicas)).toBeGreaterThan(Number(spec(hpa).minReplicas));
      const metrics = (spec(hpa).metrics ?? []) as { type: string; resource?: { name: string } }[];
      expect(
        metrics.some((metric) => metric.type === "Resource" && metric.resource?.name === "cpu"),
        `${where}: scale on CPU`,
      ).toBe(true);
      // A replicas field would reset the autoscaler's count on every apply.
      expect(spec(deployment).replicas, `${where}: leave replicas to the HorizontalPodAutoscaler`).toBeUndefined();
    });

    it("has a PodDisruptionBudget over its pods that lets a node drain", () => {
      const pdb = find(production, "PodDisruptionBudget", name);
      expect(pdb?.apiVersion, `${where} needs a policy/v1 PodDisruptionBudget named ${name}`).toBe("policy/v1");
      expect(selects(spec(pdb).selector, labels), `${where}: the PodDisruptionBudget's selector must match the pods`).toBe(true);
      expect(spec(pdb).maxUnavailable ?? spec(pdb).minAvailable, `${where}: set maxUnavailable or minAvailable`).toBeDefined();
    });

    it("has a Service named after it on the code's port", () => {
      const service = find(production, "Service", name);
      expect(
        service,
        `${where} needs a Service named ${name} (other services reach it as http://${name}:${deployable.port})`,
      ).toBeDefined();
      expect(selects(spec(service).selector, labels), `${where}: the Service's selector must match the pods`).toBe(true);
      const http = (spec(service).ports as { name?: string; port: number; targetPort?: string | number }[]).find(
        (port) => port.name === "http",
      );
      expect(http?.port, `${where}: the Service's http port must be ${deployable.port} (${deployable.portSource})`).toBe(deployable.port);
      expect(portNumber(container, http?.targetPort), `${where}: the Service's http port must target the container's`).toBe(
        deployable.port,
      );
    });

    it("listens on the code's port, on every interface", () => {
      const { env } = environment();
      expect(Number(env.PORT), `${where}: PORT must be ${deployable.port} (${deployable.portSource})`).toBe(deployable.port);
      expect(portNumber(container, "http"), `${where}: the container port named http must be PORT`).toBe(deployable.port);
      expect(env.HOST, `${where}: HOST must be 0.0.0.0, or nothing outside the pod reaches ${name}`).toBe("0.0.0.0");
    });

    it("probes readiness on /ready and liveness on /health, on the service's port", () => {
      const mountedIn = PROBES_MOUNTED_IN[kind]!;
      const expected = { readinessProbe: probePath(mountedIn, "readinessHandler"), livenessProbe: probePath(mountedIn, "livenessHandler") };
      expect(expected).toEqual({ readinessProbe: "/ready", livenessProbe: "/health" });
      for (const [probe, probePathServed] of Object.entries(expected) as ["readinessProbe" | "livenessProbe", string][]) {
        const httpGet = container?.[probe]?.httpGet;
        expect(httpGet?.path, `${where}: ${probe} must GET ${probePathServed} (${mountedIn})`).toBe(probePathServed);
        expect(portNumber(container, httpGet?.port), `${where}: ${probe} must use the service's port`).toBe(deployable.port);
      }
      const startup = container?.startupProbe?.httpGet;
      if (startup) expect(startup.path, `${where}: the startupProbe must GET the liveness path`).toBe(expected.livenessProbe);
    });

    it("serves metrics on METRICS_PORT, exposed as the container port named metrics", () => {
      const { env } = environment();
      expect(env.METRICS_PORT, `${where}: set METRICS_PORT so Prometheus can scrape ${name}`).toBeDefined();
      expect(portNumber(container, "metrics"), `${where}: the container port named metrics must be METRICS_PORT`).toBe(
        Number(env.METRICS_PORT),
      );
      expect(env.METRICS_HOST, `${where}: METRICS_HOST must be 0.0.0.0, or the listener answers only inside the pod`).toBe("0.0.0.0");
    });

    it("sets only variables the code reads, from ConfigMaps and Secrets that exist", () => {
      const { set, problems } = environment();
      const read = variablesReadBy(deployable);
      const unread = set.filter((key) => !read.includes(key));
      expect(problems, where).toEqual([]);
      expect(unread, `${where}: ${name} never reads these; rename them to what the code reads or drop them`).toEqual([]);
    });

    it("passes the code's own environment parsing (required variables set, values well-formed)", () => {
      let problems: string[] = [];
      try {
        parseEnv(deployable.shape, environment().env);
      } catch (error) {
        if (!(error instanceof EnvError)) throw error;
        problems = error.problems;
      }
      expect(problems, `${where}: ${name} would refuse to start; fix these`).toEqual([]);
    });

    it(`leaves unset only variables ${DOC} documents as optional`, () => {
      const { env } = environment();
      const rows = new Map(deployable.docSections.flatMap((heading) => [...tableRows(section(heading))]));
      const unset = variablesReadBy(deployable).filter((variable) => !(variable in env));
      const undocumented = unset.filter((variable) => !rows.has(variable));
      const required = unset.filter((variable) => /required/i.test(rows.get(variable)?.[1] ?? ""));
      expect(undocumented, `${DOC}: document these in ${deployable.docSections.join(" / ")}, or set them in ${where}`).toEqual([]);
      expect(required, `${where}: ${DOC} calls these required: set them`).toEqual([]);
    });

    it("reaches other services by their Service names and ports", () => {
      const { env } = environment();
      // A default on 127.0.0.1 is the pod itself: fine for `npm start`, wrong here.
      const loopbackDefaults = Object.entries(deployable.shape).flatMap(([key, variable]) => {
        const fallback: unknown = (() => {
          try {
            return variable.parse(undefined, key);
          } catch {
            return undefined;
          }
        })();
        return typeof fallback === "string" && /^https?:\/\/(127\.0\.0\.1|localhost)\b/.test(fallback) && !(key in env) ? [key] : [];
      });
      expect(loopbackDefaults, `${where}: these default to 127.0.0.1, inside the pod: set them to the Services`).toEqual([]);
      expect(env.JWKS_URL, `${where}: JWKS_URL must be identity's Service`).toBe(
        `http://identity:${deployables.find((candidate) => candidate.name === "identity")?.port}${JWKS_PATH}`,
      );
      const wrong = Object.entries(env).flatMap(([key, value]) => {
        if (!/^https?:\/\//.test(value)) return [];
        const url = new URL(value);
        const service = find(production, "Service", url.hostname);
        const ports = ((spec(service).ports ?? []) as { port: number }[]).map((port) => port.port);
        return service && ports.includes(Number(url.port || 80)) ? [] : [`${key}=${value}`];
      });
      expect(wrong, `${where}: these URLs name no Service port of the overlay`).toEqual([]);
    });

    it("runs as non-root, without capabilities, on a read-only root file system, with resources bounded", () => {
      const pod = template?.spec.securityContext;
      expect(pod?.runAsNonRoot, `${where}: securityContext.runAsNonRoot`).toBe(true);
      expect(pod?.runAsUser, `${where}: securityContext.runAsUser must be a non-zero uid (the image's node user is 1000)`).toBeGreaterThan(
        0,
      );
      expect(container?.securityContext, `${where}: the container's securityContext`).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
      });
      for (const bound of ["requests", "limits"] as const) {
        expect(Object.keys(container?.resources?.[bound] ?? {}).sort(), `${where}: resources.${bound} for cpu and memory`).toEqual([
          "cpu",
          "memory",
        ]);
      }
    });
  });

  describe.each(subgraphs)("$name's migration Job", ({ name }) => {
    const job = find(production, "Job", `${name}-migrate`);
    const container = podTemplate(job)?.spec.containers[0];
    const where = `${BASE}/migrations.yaml`;

    it("runs migrateSubgraph on the subgraph's definition, from the subgraph's image", () => {
      expect(job, `${where} needs a Job named ${name}-migrate`).toBeDefined();
      expect(containerOf(find(base, "Job", `${name}-migrate`))?.image, `${where}: run the image plateau-${name}`).toBe(`plateau-${name}`);
      expect(container?.image, "the overlay's image for it").toBe(containerOf(find(production, "Deployment", name))?.image);
      expect(read(`subgraphs/${name}/src/subgraph.ts`), `subgraphs/${name}/src/subgraph.ts no longer exports ${name}`).toMatch(
        new RegExp(`^export const ${name}\\b`, "m"),
      );
      const command = container?.command ?? [];
      expect(command.slice(0, 3), `${where}: node --input-type=module -e <script>`).toEqual(["node", "--input-type=module", "-e"]);
      const script = command[3] ?? "";
      expect(script).toContain('const { migrateSubgraph } = await import("@plateau/subgraph-kit");');
      expect(script).toContain(`const { ${name} } = await import("./dist/subgraph.js");`);
      expect(script).toContain(`await migrateSubgraph(${name});`);
    });

    it("gets the database and nothing else", () => {
      const { env, set, problems } = environmentOf(production, container!);
      expect(problems, where).toEqual([]);
      expect(
        set.filter((key) => !(key in migrateEnvShape)),
        `${where}: migrateSubgraph reads only ${Object.keys(migrateEnvShape)}`,
      ).toEqual([]);
      expect(() => parseEnv(migrateEnvShape, env), where).not.toThrow();
    });

    it("runs as non-root, without capabilities, on a read-only root file system", () => {
      expect(podTemplate(job)?.spec.securityContext?.runAsNonRoot, where).toBe(true);
      expect(container?.securityContext, where).toMatchObject({
        allowPrivilegeEscalation: false,
        readOnlyRootFilesystem: true,
        capabilities: { drop: ["ALL"] },
      });
    });
  });

  it("lets each Service and PodDisruptionBudget select only its Deployment's pods", () => {
    const pods = production.flatMap((resource) => {
      const template = ["Deployment", "Job"].includes(resource.kind) ? podTemplate(resource) : undefined;
      return template ? [{ owner: `${resource.kind}/${resource.metadata.name}`, labels: template.metadata?.labels ?? {} }] : [];
    });
    const stray = production
      .filter((resource) => ["Service", "PodDisruptionBudget"].includes(resource.kind) && spec(resource).selector)
      .flatMap((resource) =>
        pods
          .filter((pod) => pod.owner !== `Deployment/${resource.metadata.name}` && selects(spec(resource).selector, pod.labels))
          .map((pod) => `${resource.kind}/${resource.metadata.name} selects ${pod.owner}'s pods`),
      );
    expect(stray).toEqual([]);
  });

  describe("the gateway's Ingress", () => {
    const ingress = find(production, "Ingress", "gateway");
    const rules = (spec(ingress).rules ?? []) as {
      host?: string;
      http: { paths: { path: string; backend: { service: { name: string; port: { name?: string; number?: number } } } }[] };
    }[];

    it("routes every path to the gateway's Service, and only there", () => {
      const backends = rules.flatMap((rule) => rule.http.paths.map((entry) => [entry.path, entry.backend.service.name]));
      expect(backends).toEqual([["/", "gateway"]]);
      expect(
        production.filter((resource) => resource.kind === "Ingress"),
        "only the gateway faces clients",
      ).toHaveLength(1);
    });

    it("keeps graphql-ws connections open through ingress-nginx", () => {
      const annotations = ingress?.metadata.annotations ?? {};
      expect(spec(ingress).ingressClassName).toBe("nginx");
      for (const timeout of ["proxy-read-timeout", "proxy-send-timeout"]) {
        expect(
          Number(annotations[`nginx.ingress.kubernetes.io/${timeout}`]),
          `${BASE}/ingress.yaml: nginx.ingress.kubernetes.io/${timeout} must keep an idle subscription open (an hour)`,
        ).toBeGreaterThanOrEqual(3600);
      }
    });

    it("serves the overlay's host over TLS", () => {
      const hosts = rules.map((rule) => rule.host);
      expect(hosts.every(Boolean), `${OVERLAY}/ingress.yaml must set the host`).toBe(true);
      const tls = (spec(ingress).tls ?? []) as { hosts: string[]; secretName: string }[];
      expect(tls.flatMap((entry) => entry.hosts).sort()).toEqual([...hosts].sort());
    });
  });

  describe("NetworkPolicies", () => {
    const policies = production.filter((resource) => resource.kind === "NetworkPolicy");
    const labelsOf = (name: string) => podTemplate(find(production, "Deployment", name))?.metadata?.labels ?? {};
    const containerPorts = (name: string) => containerOf(find(production, "Deployment", name))?.ports ?? [];
    /** `matchLabels` only (what the manifests use); an empty selector selects every pod. */
    const matches = (selector: unknown, labels: Record<string, string>) =>
      Object.entries(
        ((selector as { matchLabels?: Record<string, string> } | undefined)?.matchLabels ?? {}) as Record<string, string>,
      ).every(([key, value]) => labels[key] === value);
    interface Rule {
      from?: { podSelector?: unknown; namespaceSelector?: unknown; ipBlock?: unknown }[];
      ports?: { port?: string | number }[];
    }
    /**
     * Who may open a connection to a deployable's container port, as Kubernetes reads its policies: a pod
     * selected by any Ingress policy takes only what their rules allow. "anyone" (also from outside the
     * cluster), "cluster" (any pod of any namespace), or the names of the deployables whose pods may.
     */
    function allowedSources(target: string, portName: string): "anyone" | "cluster" | string[] {
      const port = containerPorts(target).find((candidate) => candidate.name === portName);
      const selecting = policies.filter(
        (policy) =>
          ((spec(policy).policyTypes as string[] | undefined) ?? ["Ingress"]).includes("Ingress") &&
          matches(spec(policy).podSelector, labelsOf(target)),
      );
      if (selecting.length === 0) return "anyone";
      const rules = selecting.flatMap((policy) => (spec(policy).ingress ?? []) as Rule[]);
      const applying = rules.filter(
        (rule) => !rule.ports || rule.ports.some((entry) => entry.port === portName || entry.port === port?.containerPort),
      );
      const peers = applying.flatMap((rule) => rule.from ?? [{ ipBlock: "0.0.0.0/0" }]);
      if (peers.some((peer) => peer.ipBlock)) return "anyone";
      if (peers.some((peer) => peer.namespaceSelector)) return "cluster";
      return deployables
        .map((deployable) => deployable.name)
        .filter((name) => peers.some((peer) => matches(peer.podSelector, labelsOf(name))))
        .sort();
    }
    /** The deployables whose configuration names `target`'s Service in a URL (and so must reach it). */
    const callersOf = (target: string) =>
      deployables
        .filter((deployable) => {
          const { env } = environmentOf(production, containerOf(find(production, "Deployment", deployable.name))!);
          return Object.values(env).some((value) => /^https?:\/\//.test(value) && new URL(value).hostname === target);
        })
        .map((deployable) => deployable.name);

    it("hold only the ingress rules this test reads (pod selectors by matchLabels, ports by name)", () => {
      const unread = policies.flatMap((policy) =>
        ((spec(policy).ingress ?? []) as Rule[]).flatMap((rule) =>
          (rule.from ?? []).flatMap((peer) =>
            Object.keys(peer)
              .filter((key) => !["podSelector", "namespaceSelector"].includes(key))
              .map((key) => `${policy.metadata.name}: ${key}`),
          ),
        ),
      );
      expect(unread).toEqual([]);
    });

    it("let clients reach only the gateway's port", () => {
      expect(allowedSources("gateway", "http")).toBe("anyone");
      const open = subgraphs.flatMap(({ name }) =>
        (["http", "metrics"] as const).filter((port) => allowedSources(name, port) === "anyone").map((port) => `${name}:${port}`),
      );
      expect(open, `${BASE}/network-policies.yaml: these subgraph ports take connections from outside the cluster`).toEqual([]);
    });

    it.each(subgraphs.map(({ name }) => name))(
      "let %s's port take connections only from the gateway and the services configured to call it",
      (name) => {
        const expected = [...new Set(["gateway", ...callersOf(name)])].sort();
        expect(allowedSources(name, "http"), `${BASE}/network-policies.yaml: ${name}'s http port`).toEqual(expected);
      },
    );

    it("let Prometheus in the cluster scrape every service's metrics port", () => {
      for (const { name } of deployables) expect(allowedSources(name, "metrics"), name).toBe("cluster");
    });

    it("refuse every other connection to the namespace's pods", () => {
      const denyAll = policies.find(
        (policy) =>
          Object.keys(((spec(policy).podSelector as { matchLabels?: object } | undefined)?.matchLabels ?? {}) as object).length === 0 &&
          ((spec(policy).policyTypes as string[] | undefined) ?? []).includes("Ingress") &&
          ((spec(policy).ingress ?? []) as Rule[]).length === 0,
      );
      expect(denyAll, `${BASE}/network-policies.yaml needs a default-deny ingress policy over every pod`).toBeDefined();
    });
  });

  it("points postgres and redis at external servers", () => {
    for (const name of ["postgres", "redis"]) {
      const service = find(production, "Service", name);
      expect(spec(service).type, `${OVERLAY}/external-services.yaml: the ${name} Service must be an ExternalName`).toBe("ExternalName");
    }
  });

  describe("Secrets", () => {
    const secrets = production.filter((resource) => resource.kind === "Secret");
    const values = secrets.flatMap((secret) =>
      Object.entries({ ...(secret.data as Json | undefined), ...(secret.stringData as Json | undefined) }).map(
        ([key, value]) => [`${secret.metadata.name}.${key}`, key, String(value)] as const,
      ),
    );

    it("are placeholders, never real values", () => {
      expect(values.length).toBeGreaterThan(0);
      const real = values.filter(([, , value]) => !PLACEHOLDER.test(value)).map(([where]) => where);
      expect(real, `${OVERLAY}: these Secret values are not REPLACE_ME placeholders; never commit secrets`).toEqual([]);
      expect(Object.keys(EXAMPLE_SECRETS).sort(), "EXAMPLE_SECRETS must stand in for exactly the Secrets' keys").toEqual(
        [...new Set(values.map(([, key]) => key))].sort(),
      );
    });

    it("are refused by the services while left as placeholders", async () => {
      const placeholder = (key: string) => values.find(([, candidate]) => candidate === key)![2];
      const refused = (shape: Deployable["shape"], key: string) => {
        try {
          parseEnv({ [key]: shape[key]! }, { [key]: placeholder(key) });
          return false;
        } catch (error) {
          return error instanceof EnvError;
        }
      };
      const subgraph = deployables.find((deployable) => deployable.name === "identity")!.shape;
      for (const key of ["DATABASE_URL", "REDIS_URL", "INTERNAL_SECRETS"]) expect(refused(subgraph, key), key).toBe(true);
      expect(() => secretBoxFromEnv(placeholder("SECRETS_KEYS"))).toThrow();
      const logger = createLogger({ service: "identity", level: "silent" });
      await expect(
        loadSigningKey({ privateKeyPem: placeholder("JWT_PRIVATE_KEY"), keyId: "plateau-1", dataDir: "/nonexistent" }, logger),
      ).rejects.toThrow();
    });
  });
});
