// Starts the OpenTelemetry SDK when an OTLP endpoint is configured; otherwise tracing stays off
// and spans cost next to nothing.
import type { Logger } from '../core/telemetry/logger.js';

export interface RunningTelemetry {
  shutdown(): Promise<void>;
}

export async function startTelemetry(environment: NodeJS.ProcessEnv, logger: Logger): Promise<RunningTelemetry> {
  const endpoint = environment['OTEL_EXPORTER_OTLP_ENDPOINT'];
  if (!endpoint) return { shutdown: async () => {} };
  const { NodeSDK } = await import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  const sdk = new NodeSDK({ serviceName: environment['OTEL_SERVICE_NAME'] ?? 'hearth', traceExporter: new OTLPTraceExporter() });
  sdk.start();
  logger.info({ endpoint }, 'OpenTelemetry tracing on');
  return { shutdown: () => sdk.shutdown() };
}
