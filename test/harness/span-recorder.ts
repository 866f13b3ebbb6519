// Records OpenTelemetry spans in memory so tests can check them. Registers one global provider
// per process, the first time it is asked for.
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';

let exporter: InMemorySpanExporter | undefined;

export function recordSpans(): InMemorySpanExporter {
  if (!exporter) {
    exporter = new InMemorySpanExporter();
    trace.setGlobalTracerProvider(new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] }));
  }
  return exporter;
}
