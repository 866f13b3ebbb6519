// http_get and http_post: outbound HTTP for plugins, only to domains their capabilities name,
// with the response size, time and rate capped.
import { z } from 'zod';
import { CapabilityDeniedError, HearthError, RateLimitedError } from '../../errors.js';
import { defineHostFunction, type PluginBinding } from './host-function.js';

function checkedUrl(binding: PluginBinding, method: 'get' | 'post', text: string, firstRun: boolean): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new HearthError('E_HOST_CALL_INVALID', `"${text.slice(0, 200)}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new HearthError('E_HOST_CALL_INVALID', 'Only http and https URLs can be requested.');
  if (url.username || url.password) throw new HearthError('E_HOST_CALL_INVALID', 'URLs with credentials are refused.');
  if (!binding.capabilities.canRequest(method, url.hostname)) {
    throw new CapabilityDeniedError(binding.plugin, `http:${method}:${url.hostname}`, `${method.toUpperCase()} ${url.hostname}`);
  }
  if (firstRun && !binding.rates.http.tryTake()) throw new RateLimitedError(binding.plugin, 'HTTP requests', binding.limits.httpPerSecond);
  return url;
}

const urlInput = z.string().min(1).max(2048);

export const httpGet = defineHostFunction({
  name: 'http_get',
  input: z.object({ url: urlInput }),
  run({ input, binding, firstRun, wait }) {
    const url = checkedUrl(binding, 'get', input.url, firstRun);
    const limits = { timeoutMs: binding.limits.httpTimeoutMs, maxBytes: binding.limits.maxHttpResponseBytes };
    return { ...wait(() => binding.services.http.request('GET', url, undefined, limits)) };
  },
});

export const httpPost = defineHostFunction({
  name: 'http_post',
  input: z.object({ url: urlInput, body: z.string().max(256 * 1024).default('') }),
  run({ input, binding, firstRun, wait }) {
    const url = checkedUrl(binding, 'post', input.url, firstRun);
    const limits = { timeoutMs: binding.limits.httpTimeoutMs, maxBytes: binding.limits.maxHttpResponseBytes };
    return { ...wait(() => binding.services.http.request('POST', url, input.body, limits)) };
  },
});
