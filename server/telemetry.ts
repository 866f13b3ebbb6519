// Starts OpenTelemetry tracing when an OTLP endpoint is configured; otherwise tracing stays off
// and spans cost next to nothing. Only the trace SDK and the OTLP/HTTP exporter are loaded: the
// all-in-one NodeSDK would also install gRPC, protobuf, log and metric exporters Hearth never
// uses (about 40 packages, one with an install script).
import type { Logger } from '../core/telemetry/logger.js';

export interface RunningTelemetry {
  shutdown(): Promise<void>;
}

export async function startTelemetry(environment: NodeJS.ProcessEnv, logger: Logger): Promise<RunningTelemetry> {
  const endpoint = environment['OTEL_EXPORTER_OTLP_ENDPOINT'];
  if (!endpoint) return { shutdown: async () => {} };
  const { BatchSpanProcessor, NodeTracerProvider } = await import('@opentelemetry/sdk-trace-node');
  const { OTLPTraceExporter } = await import('@opentelemetry/exporter-trace-otlp-http');
  const { detectResources, envDetector, resourceFromAttributes } = await import('@opentelemetry/resources');
  // OTEL_RESOURCE_ATTRIBUTES is honoured as the SDK would; the service name defaults to hearth.
  const resource = resourceFromAttributes({ 'service.name': environment['OTEL_SERVICE_NAME'] ?? 'hearth' }).merge(
    detectResources({ detectors: [envDetector] }),
  );
  const provider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())] });
  provider.register();
  logger.info({ endpoint }, 'OpenTelemetry tracing on');
  return { shutdown: () => provider.shutdown() };
}
