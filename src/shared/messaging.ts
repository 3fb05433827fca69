import type { Request, RequestKind, ResponseOf } from './protocol';
import { ext } from './ext';

/** Sends one typed request to the worker. The response type follows from the request's kind, so callers never cast. */
export async function request<K extends RequestKind>(req: Extract<Request, { kind: K }>): Promise<ResponseOf<K>> {
  return (await ext.runtime.sendMessage(req)) as ResponseOf<K>;
}
