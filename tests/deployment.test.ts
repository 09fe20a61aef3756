import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EnvError, parseEnv } from "@plateau/kernel";
// The env module itself: @plateau/gateway's index also loads @apollo/gateway, whose OpenTelemetry
// dependency does not load under vitest (extensionless ESM imports).
import { gatewayEnvShape } from "../gateway/src/env.js";
import { JWKS_PATH } from "../subgraphs/identity/src/routes.js";
import { deployables, gateway, subgraphNames, subgraphs } from "./deployables.js";

/**
 * Docker cannot run here, so the container files are checked against the code instead: service names,
 * ports, environment variables, health checks and start order. Expectations come from the env shapes,
 * the subgraph folders and each subgraph's `runSubgraph(definition, <port>)` call.
 */

const root = path.resolve(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

interface ComposeService {
  image?: string;
  build?: { context?: string; dockerfile?: string; args?: Record<string, string | number> };
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | number | { target: number; published?: string | number })[];
  volumes?: (string | { type?: string; source?: string; target: string })[];
  healthcheck?: { test?: string | string[] };
  depends_on?: string[] | Record<string, { condition?: string }>;
}
const compose = parse(read("docker-compose.yml"), { merge: true }) as {
  services?: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
};
const services = compose.services ?? {};
const dockerfile = read("Dockerfile");

/** What compose does with `${VAR:-default}` and friends when the shell sets nothing. */
const interpolate = (value: string) =>
  value
    .split("$$")
    .map((part) => part.replace(/\$\{(\w+)(?:(:?-)([^}]*))?\}|\$(\w+)/g, (_match, _name, op, fallback) => (op ? fallback : "")))
    .join("$");

/** A service's environment as compose hands it to the container, with no variables in the shell. */
function environmentOf(service: ComposeService): Record<string, string> {
  const raw = service.environment ?? {};
  const entries = Array.isArray(raw)
    ? raw.map((line) => [line.split("=")[0]!, line.slice(line.indexOf("=") + 1)] as const)
    : Object.entries(raw).map(([key, value]) => [key, value === null ? "" : String(value)] as const);
  return Object.fromEntries(entries.map(([key, value]) => [key, interpolate(value)]));
}

const healthcheckCommand = (service: ComposeService) => [service.healthcheck?.test ?? []].flat().join(" ");
const healthcheckPort = (service: ComposeService) => Number(/:(\d+)\/health\b/.exec(healthcheckCommand(service))?.[1]);
const containerPorts = (service: ComposeService) =>
  (service.ports ?? []).map((port) =>
    typeof port === "object" ? Number(port.target) : Number(String(port).split(":").at(-1)!.split("/")[0]),
  );
function dependencies(service: ComposeService): Record<string, string | undefined> {
  const raw = service.depends_on ?? {};
  return Array.isArray(raw)
    ? Object.fromEntries(raw.map((name) => [name, undefined]))
    : Object.fromEntries(Object.entries(raw).map(([name, dep]) => [name, dep?.condition]));
}

/** Source files of a folder, tests excluded; empty when the folder does not exist yet. */
function sources(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  return readdirSync(abs, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => readFileSync(path.join(abs, file), "utf8"));
}

/** The port a service listens on in compose: the code's default when known, else its own PORT. */
const portOf = (name: string) => deployables.find((d) => d.name === name)?.port ?? Number(environmentOf(services[name] ?? {}).PORT);

describe("docker-compose.yml", () => {
  it("has a service for every subgraph folder and the gateway, and builds nothing else", () => {
    const built = Object.entries(services).flatMap(([key, service]) => (service.build?.args?.SERVICE === undefined ? [] : [key]));
    expect(built.sort(), "every subgraphs/<name> folder and the gateway need a service named <name> built with args.SERVICE").toEqual(
      deployables.map((d) => d.name).sort(),
    );
  });

  describe.each(deployables)("$name", (deployable) => {
    const { name } = deployable;
    const service = () => services[name] ?? {};
    const env = () => environmentOf(service());
    const where = `docker-compose.yml services.${name}`;

    it("is built from the Dockerfile with SERVICE set to its name", () => {
      const build = service().build;
      expect(build, `${where} needs build: { context: ., dockerfile: Dockerfile, args: { SERVICE: ${name} } }`).toBeDefined();
      expect(build?.context ?? ".", `${where}.build.context must be the repository root`).toMatch(/^\.\/?$/);
      expect(build?.dockerfile ?? "Dockerfile", `${where}.build.dockerfile must be the root Dockerfile`).toBe("Dockerfile");
      expect(build?.args?.SERVICE, `${where}.build.args.SERVICE must be "${name}" (the folder the image runs)`).toBe(name);
    });

    it("sets only variables the code reads", () => {
      const unread = Object.keys(env()).filter((key) => !(key in deployable.shape) && !(key in deployable.extras));
      expect(
        unread,
        `${where}.environment sets variables ${name} never reads; rename them to what the code reads ` +
          `(${[...Object.keys(deployable.shape), ...Object.keys(deployable.extras)].join(", ")}) or drop them`,
      ).toEqual([]);
    });

    it("passes the code's own environment parsing (required variables set, values well-formed)", () => {
      let problems: string[] = [];
      try {
        parseEnv(deployable.shape, env());
      } catch (error) {
        if (!(error instanceof EnvError)) throw error;
        problems = error.problems;
      }
      expect(problems, `${where}.environment: ${name} would refuse to start; fix these`).toEqual([]);
    });

    it("binds all interfaces", () => {
      expect(env().HOST, `${where}.environment.HOST must be 0.0.0.0, or nothing outside the container reaches ${name}`).toBe("0.0.0.0");
    });

    it("uses one port for PORT, the build arg, the health check and any published port", () => {
      const port = Number(env().PORT);
      expect(Number.isInteger(port), `${where}.environment.PORT must be set to ${name}'s port`).toBe(true);
      expect(Number(service().build?.args?.PORT), `${where}.build.args.PORT (the image's EXPOSE and PORT) must equal PORT ${port}`).toBe(
        port,
      );
      expect(healthcheckPort(service()), `${where}.healthcheck must fetch http://127.0.0.1:${port}/health`).toBe(port);
      for (const published of containerPorts(service())) {
        expect(published, `${where}.ports must map to the container port ${port}`).toBe(port);
      }
    });

    it.skipIf(deployable.port === undefined)(`listens on the code's default port`, () => {
      const expected = deployable.port!;
      const fix = `${deployable.portSource} uses ${expected}: set PORT, build.args.PORT and the health check port in ${where} to ${expected}`;
      expect(Number(env().PORT), fix).toBe(expected);
      expect(Number(service().build?.args?.PORT), fix).toBe(expected);
      expect(healthcheckPort(service()), fix).toBe(expected);
    });

    it("verifies tokens with identity's JWKS", () => {
      const expected = `http://identity:${portOf("identity")}${JWKS_PATH}`;
      expect(env().JWKS_URL, `${where}.environment.JWKS_URL must be ${expected} (the default is 127.0.0.1, this container)`).toBe(expected);
    });
  });

  describe.each(subgraphs)("subgraph $name", ({ name }) => {
    const service = () => services[name] ?? {};
    const env = () => environmentOf(service());
    const where = `docker-compose.yml services.${name}`;

    it("uses the postgres service", () => {
      const postgres = environmentOf(services.postgres ?? {});
      const url = env().DATABASE_URL;
      expect(
        url,
        `${where}.environment.DATABASE_URL must be set, or ${name} falls back to embedded PGlite inside the container`,
      ).toBeDefined();
      const parsed = new URL(url!);
      expect(parsed.protocol, `${where}.environment.DATABASE_URL must be a postgres:// URL`).toMatch(/^postgres(ql)?:$/);
      expect(parsed.hostname, `${where}.environment.DATABASE_URL must point at the postgres service`).toBe("postgres");
      expect(parsed.port || "5432", `${where}.environment.DATABASE_URL must use port 5432`).toBe("5432");
      expect(parsed.pathname.slice(1), `${where}.environment.DATABASE_URL must name postgres' POSTGRES_DB`).toBe(postgres.POSTGRES_DB);
      expect(decodeURIComponent(parsed.username), `${where}.environment.DATABASE_URL must use postgres' POSTGRES_USER`).toBe(
        postgres.POSTGRES_USER,
      );
      expect(decodeURIComponent(parsed.password), `${where}.environment.DATABASE_URL must use postgres' POSTGRES_PASSWORD`).toBe(
        postgres.POSTGRES_PASSWORD,
      );
    });

    it("uses the redis service", () => {
      expect(env().REDIS_URL, `${where}.environment.REDIS_URL must be redis://redis:6379`).toBe("redis://redis:6379");
    });

    it("publishes no port outside the compose network (only the gateway faces clients)", () => {
      expect(service().ports ?? [], `${where}.ports must be removed: subgraph ports are internal`).toEqual([]);
    });

    it("checks internal credentials with the gateway's secrets", () => {
      const gatewayEnv = environmentOf(services.gateway ?? {});
      for (const variable of ["INTERNAL_SECRETS", "INTERNAL_ACTIVE_SECRET_ID"]) {
        expect(env()[variable], `${where}.environment.${variable} must be the gateway's (the x-internal-* anchors)`).toBe(
          gatewayEnv[variable],
        );
      }
    });

    it("starts once its dependencies are healthy", () => {
      const deps = dependencies(service());
      const needed = ["postgres", ...("REDIS_URL" in env() ? ["redis"] : []), ...(name === "identity" ? [] : ["identity"])];
      for (const dep of needed) {
        expect(deps[dep], `${where}.depends_on.${dep} must be { condition: service_healthy }`).toBe("service_healthy");
      }
    });
  });

  describe("identity's own settings", () => {
    const service = () => services.identity ?? {};
    const env = () => environmentOf(service());

    it("reaches workspaces by its base URL and does not wait for it (a start-order cycle)", () => {
      const expected = `http://workspaces:${portOf("workspaces")}`;
      expect(
        env().WORKSPACES_URL?.replace(/\/$/, ""),
        `docker-compose.yml services.identity.environment.WORKSPACES_URL must be ${expected}`,
      ).toBe(expected);
      expect(dependencies(service()), "services.identity must not depend on workspaces: workspaces waits for identity").not.toHaveProperty(
        "workspaces",
      );
    });

    it("takes its signing key from the shell, never from the file", () => {
      const raw = (service().environment as Record<string, unknown> | undefined)?.JWT_PRIVATE_KEY;
      expect(String(raw ?? ""), "services.identity.environment.JWT_PRIVATE_KEY must be ${JWT_PRIVATE_KEY:-}, not a key").toMatch(
        /^\$\{JWT_PRIVATE_KEY[^}]*\}$/,
      );
    });

    it("keeps DATA_DIR (its generated key) on a named volume", () => {
      const dataDir = env().DATA_DIR;
      expect(dataDir, "services.identity.environment.DATA_DIR must be set to the path of its volume").toMatch(/^\//);
      const mounted = (service().volumes ?? []).map((volume) =>
        typeof volume === "string" ? volume.split(":") : [volume.source, volume.target],
      );
      const volume = mounted.find(([, target]) => target === dataDir)?.[0];
      expect(
        volume,
        `services.identity.volumes must mount a named volume at ${dataDir}, or every restart invalidates issued tokens`,
      ).toBeDefined();
      expect(compose.volumes ?? {}, `top-level volumes must declare ${volume}`).toHaveProperty(volume!);
    });
  });

  describe("gateway routing", () => {
    const service = () => services.gateway ?? {};
    const env = () => environmentOf(service());

    it.each(subgraphNames)("routes %s to its service", (name) => {
      const variable = `${name.toUpperCase()}_URL`;
      expect(gatewayEnvShape, `gateway/src/env.ts has no ${variable} override: add it (and ${name} to SUBGRAPH_NAMES)`).toHaveProperty(
        variable,
      );
      const expected = `http://${name}:${portOf(name)}/graphql`;
      expect(env()[variable], `docker-compose.yml services.gateway.environment.${variable} must be ${expected}`).toBe(expected);
    });

    it("starts once every subgraph is healthy, and is published", () => {
      const deps = dependencies(service());
      for (const name of subgraphNames) {
        expect(deps[name], `services.gateway.depends_on.${name} must be { condition: service_healthy }`).toBe("service_healthy");
      }
      expect(containerPorts(service()), `services.gateway.ports must publish ${gateway.port}`).toContain(gateway.port);
    });
  });

  it("runs postgres and redis with health checks", () => {
    expect(services.postgres?.image, "services.postgres.image must be postgres:17").toBe("postgres:17");
    expect(healthcheckCommand(services.postgres ?? {}), "services.postgres.healthcheck must run pg_isready").toMatch(/pg_isready/);
    expect(services.postgres?.volumes?.length, "services.postgres needs a volume for its data").toBeGreaterThan(0);
    expect(services.redis?.image, "services.redis.image must be redis:7").toBe("redis:7");
    expect(healthcheckCommand(services.redis ?? {}), "services.redis.healthcheck must run redis-cli ping").toMatch(/redis-cli.*ping/);
  });

  it("waits only on health-checked services, without cycles", () => {
    const visiting = new Set<string>();
    const done = new Set<string>();
    const visit = (name: string, trail: string[]) => {
      if (done.has(name)) return;
      if (visiting.has(name)) throw new Error(`depends_on cycle: ${[...trail, name].join(" -> ")}`);
      visiting.add(name);
      for (const [dep, condition] of Object.entries(dependencies(services[name] ?? {}))) {
        expect(services, `services.${name}.depends_on names ${dep}, which is not a service`).toHaveProperty(dep);
        expect(condition, `services.${name}.depends_on.${dep} must use condition: service_healthy`).toBe("service_healthy");
        expect(services[dep]?.healthcheck?.test, `services.${dep} needs a healthcheck, since ${name} waits for it`).toBeDefined();
        visit(dep, [...trail, name]);
      }
      visiting.delete(name);
      done.add(name);
    };
    for (const name of Object.keys(services)) visit(name, []);
  });

  // Variables outside the env shapes are held to the code that reads them, once that code exists.
  const allSources = [
    ...["packages", "subgraphs"].flatMap((dir) => readdirSync(path.join(root, dir)).map((name) => `${dir}/${name}/src`)),
    "gateway/src",
  ];
  it("LOG_LEVEL is still read by the logger", () => {
    expect(
      sources("packages/kernel/src").some((source) => source.includes("LOG_LEVEL")),
      "no code reads LOG_LEVEL any more: update docker-compose.yml and this test",
    ).toBe(true);
  });
  const code = allSources.flatMap(sources);
  it.skipIf(!code.some((source) => /from "ioredis"/.test(source)))("REDIS_URL is read by the code that uses Redis", () => {
    expect(
      code.some((source) => source.includes("REDIS_URL")),
      "Redis is used but nothing reads REDIS_URL: use the variable's real name in docker-compose.yml and this test",
    ).toBe(true);
  });
});

describe("Dockerfile", () => {
  const instructions = dockerfile
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));
  const runtime = instructions.slice(instructions.findLastIndex((line) => /^FROM\s/i.test(line)));
  const nodeMajor = (JSON.parse(read("package.json")) as { devDependencies: Record<string, string> }).devDependencies.node!.split(".")[0];

  it("builds on the Node version the repository pins", () => {
    const bases = instructions.filter((line) => /^FROM\s/i.test(line)).map((line) => line.split(/\s+/)[1]);
    expect(bases, `every stage must start FROM node:${nodeMajor}-slim (package.json pins node ${nodeMajor})`).toEqual(
      bases.map(() => `node:${nodeMajor}-slim`),
    );
  });

  it("installs, builds and prunes in the build stage", () => {
    const text = instructions.join("\n");
    expect(text, "the build stage must run npm ci").toMatch(/\bnpm ci\b/);
    expect(text, "the build stage must run npx turbo run build").toMatch(/turbo run build/);
    expect(text, "the build stage must drop dev dependencies with npm prune --omit=dev").toMatch(/npm prune --omit=dev/);
  });

  it("has a runtime stage parameterised by SERVICE that runs the service as a non-root user", () => {
    const text = runtime.join("\n");
    expect(text, "the runtime stage must declare ARG SERVICE").toMatch(/^ARG SERVICE\b/m);
    expect(text, "the runtime stage must copy and run the folder named by ${SERVICE}").toMatch(/^WORKDIR .*\$\{SERVICE\}/m);
    const user = runtime
      .filter((line) => /^USER\s/i.test(line))
      .at(-1)
      ?.split(/\s+/)[1];
    expect(user, "the runtime stage must switch to a non-root USER (node)").toBeDefined();
    expect(["root", "0"], "the runtime stage must not run as root").not.toContain(user);
    expect(text, "the runtime stage must set NODE_ENV=production").toMatch(/^ENV .*\bNODE_ENV=production\b/m);
    expect(text, "the runtime stage must EXPOSE the service's port").toMatch(/^EXPOSE\s/m);
    expect(text, 'the runtime stage must start with CMD ["node", "dist/main.js"]').toMatch(/^CMD \["node", "dist\/main\.js"\]/m);
  });

  it("health-checks /health with node's fetch (slim images have no curl)", () => {
    const healthcheck = runtime.find((line) => /^HEALTHCHECK\s/i.test(line));
    expect(healthcheck, "the runtime stage needs a HEALTHCHECK").toBeDefined();
    expect(healthcheck, "the HEALTHCHECK must fetch /health with node").toMatch(/node.*fetch\(.*\/health/);
  });

  it("puts the supergraph where the gateway looks for it", () => {
    const supergraphPath = gatewayEnvShape.SUPERGRAPH_PATH.parse(undefined, "SUPERGRAPH_PATH");
    const setInCompose = environmentOf(services.gateway ?? {}).SUPERGRAPH_PATH;
    if (setInCompose) return;
    expect(
      dockerfile,
      `the gateway's folder in the image must hold ${supergraphPath} (SUPERGRAPH_PATH's default, relative to it)`,
    ).toContain(`/deploy/gateway/${supergraphPath}`);
  });
});

describe(".dockerignore", () => {
  it("keeps host installs, build output and local state out of the build context", () => {
    const patterns = read(".dockerignore")
      .split(/\r?\n/)
      .map((line) => line.trim());
    for (const pattern of ["**/node_modules", "**/dist", "**/.data", "**/.turbo", ".git", ".env"]) {
      expect(patterns, `.dockerignore must list ${pattern}`).toContain(pattern);
    }
  });
});
