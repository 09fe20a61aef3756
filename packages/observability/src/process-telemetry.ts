import { env, type Logger } from "@plateau/kernel";
import { startMetricsServer, type MetricsServer } from "./metrics/metrics-server.js";
import { Telemetry } from "./telemetry.js";

/** The observability variables of every deployable (docs/operations.md, "Environment variables"; docs/api/observability.md). */
export const observabilityEnvShape = {
  METRICS_PORT: env.optionalInt("Port of the internal listener serving GET /metrics (Prometheus); no listener when unset"),
  METRICS_HOST: env.string("Address the metrics listener binds", "127.0.0.1"),
  OTEL_EXPORTER_OTLP_ENDPOINT: env.optionalUrl(
    "OpenTelemetry collector base URL: traces are exported over OTLP/HTTP (protobuf) to <url>/v1/traces; none when unset",
  ),
  LOG_FORMAT: env.oneOf("Log lines: json, or pretty (pino-pretty, for a terminal)", ["json", "pretty"], "json"),
};

/** A deployable's telemetry and its metrics listener. */
export interface ProcessTelemetry {
  telemetry: Telemetry;
  /** The metrics listener, when `METRICS_PORT` is set. */
  metricsServer?: MetricsServer;
  /** Stops the listener, then exports what is left of the traces. */
  close(): Promise<void>;
}

/** Starts what a deployable's `main` needs: its {@link Telemetry} and, when a port is given, `/metrics`. */
export async function startProcessTelemetry(
  config: { METRICS_PORT?: number; METRICS_HOST: string; OTEL_EXPORTER_OTLP_ENDPOINT?: string },
  logger: Logger,
): Promise<ProcessTelemetry> {
  const telemetry = Telemetry.forProcess({ otlpEndpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  if (config.OTEL_EXPORTER_OTLP_ENDPOINT) logger.info("exporting traces over OTLP", { endpoint: config.OTEL_EXPORTER_OTLP_ENDPOINT });
  const metricsServer =
    config.METRICS_PORT === undefined
      ? undefined
      : await startMetricsServer({ metrics: telemetry.metrics, port: config.METRICS_PORT, host: config.METRICS_HOST });
  if (metricsServer) logger.info("serving metrics", { url: metricsServer.url });
  return {
    telemetry,
    metricsServer,
    async close() {
      await metricsServer?.close();
      await telemetry.shutdown();
    },
  };
}
