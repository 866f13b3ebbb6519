// Spans around the work worth seeing in a trace, through the OpenTelemetry API only: with no SDK
// registered (the default) every span is a no-op; the server registers one when an OTLP endpoint
// is configured, and tests register an in-memory exporter.
import { type Attributes, type Span, SpanStatusCode, trace } from '@opentelemetry/api';

const tracer = () => trace.getTracer('hearth');

/** Runs `work` inside a span; errors are recorded on the span and rethrown. */
export async function withSpan<T>(name: string, attributes: Attributes, work: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await work(span);
    } catch (error) {
      span.recordException(error instanceof Error ? error : new Error(String(error)));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
