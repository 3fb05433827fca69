// Chrome's offscreen document (reason WORKERS): it owns the Harper worker, so Harper's ~3 s setup and its paragraph
// cache survive the service worker being stopped after 30 s idle. The service worker creates this document on the
// first deep check and closes it when deep grammar is turned off.
import { ext } from '../shared/ext';
import { HARPER_TARGET, type OffscreenLintMessage } from '../harper/messages';
import { harperWorkerClient } from '../harper/worker-client';

const harper = harperWorkerClient(ext.runtime.getURL('harper-worker.js'));

ext.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (r: unknown) => void) => {
  const m = message as Partial<OffscreenLintMessage> | null;
  // Every extension message reaches this page too: answer only the ones meant for it.
  if (!m || m.target !== HARPER_TARGET || m.kind !== 'harper-lint') return false;
  void harper.lint({ text: String(m.text ?? ''), hints: Array.isArray(m.hints) ? m.hints : [], options: m.options ?? {} }).then(sendResponse);
  return true;
});
