// The dedicated worker that runs Harper in the extension: Chrome starts it from the offscreen document, Firefox from
// its background event page. It loads the slim wasm once, by URL (shipped at harper/harper_wasm_slim_bg.wasm), and
// keeps the paragraph cache for as long as it lives.
import { createBinaryModuleFromUrl } from 'harper.js';
import { HarperProvider } from '../engine/grammar/harper/provider';
import type { HarperWorkerAnswer, HarperWorkerRequest } from './messages';

const WASM = new URL('harper/harper_wasm_slim_bg.wasm', self.location.href).href;
const provider = new HarperProvider(createBinaryModuleFromUrl(WASM, 'slim'));

self.onmessage = (event: MessageEvent<HarperWorkerRequest>) => {
  const { id, text, hints, options } = event.data;
  provider.check(text, { hints }, options).then(
    (diagnostics) => self.postMessage({ id, ok: true, diagnostics } satisfies HarperWorkerAnswer),
    (err: unknown) =>
      self.postMessage({ id, ok: false, message: err instanceof Error ? err.message : String(err) } satisfies HarperWorkerAnswer),
  );
};
