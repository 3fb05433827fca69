// `replycheck check --customer FILE`, the quoted message used when there is none, and --attachments reaching the
// missing-attachment rule. In-process through main(), like tests/cli/lang.test.ts.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { runCli, scratchFolder } from '../helpers/cli';
import { main } from '../../src/cli/replycheck';

const scratch = scratchFolder('replycheck-customer-');
const file = scratch.file;

const run = (...argv: string[]) => runCli(main, argv);

afterEach(() => vi.restoreAllMocks());
afterAll(() => scratch.remove());

type Json = { results: { diagnostics: { ruleId: string; message: string; range: [number, number]; suggestions: { edit: { text: string } }[] }[] }[] };
const CONTEXT_RULES = ['structure/unanswered-question', 'tone/unacknowledged-frustration', 'structure/greeting-name', 'structure/missing-attachment'];

async function contextFindings(...argv: string[]) {
  const r = await run('check', '--format', 'json', ...argv);
  expect(r.stderr.replace(/replycheck: note: spelling[^\n]*\n/g, '')).toBe('');
  const out = JSON.parse(r.stdout) as Json;
  return out.results[0]!.diagnostics.filter((d) => CONTEXT_RULES.includes(d.ruleId));
}

const REPLY =
  'Hi Jon,\n\nYour lamp left our warehouse yesterday and will arrive on Thursday. Please find attached the invoice for it.\n\n' +
  'Is there anything else I can help you with?\n\nBest regards,\nMark\n';
const MESSAGE = 'Hi,\n\nThis is the third time I write. When will my lamp arrive? Can I also get a discount code for the wait?\n\nJohn';

describe('replycheck check --customer', () => {
  it('checks the reply against the message in the file', async () => {
    const findings = await contextFindings(file('reply.txt', REPLY), '--customer', file('message.txt', MESSAGE));
    const byRule = Object.fromEntries(findings.map((d) => [d.ruleId, d]));
    expect(byRule['structure/unanswered-question']?.message).toBe('Not answered: "Can I also get a discount code for the wait?"');
    expect(byRule['tone/unacknowledged-frustration']).toBeDefined();
    // The name the customer signed with.
    expect(byRule['structure/greeting-name']?.suggestions[0]?.edit.text).toBe('John');
    // --attachments not given: whether anything is attached is unknown, so no finding.
    expect(byRule['structure/missing-attachment']).toBeUndefined();
  });

  it('passes --attachments to the rules', async () => {
    const reply = file('reply-att.txt', REPLY);
    const message = file('message-att.txt', MESSAGE);
    expect((await contextFindings(reply, '--customer', message, '--attachments', '0')).map((d) => d.ruleId)).toContain('structure/missing-attachment');
    expect((await contextFindings(reply, '--customer', message, '--attachments', '1')).map((d) => d.ruleId)).not.toContain('structure/missing-attachment');
  });

  it('reads the sender from a header pasted on top of the message', async () => {
    const message = file('message-header.txt', `From: Sarah Connor <sarah@example.com>\nSent: Monday, 24 November 2025 09:31\nTo: Support\nSubject: Lamp\n\nWhen will my lamp arrive?\n`);
    const findings = await contextFindings(file('reply-header.txt', REPLY), '--customer', message);
    expect(findings.find((d) => d.ruleId === 'structure/greeting-name')?.suggestions[0]?.edit.text).toBe('Sarah');
  });

  it('without --customer, uses the quoted message and its sender from the "On … wrote:" line', async () => {
    const quoted = `${REPLY}\nOn Mon, 24 Nov 2025 at 09:14, John Smith <john@example.com> wrote:\n> Hi,\n> When will my lamp arrive? Can I also get a discount code for the wait?\n`;
    const findings = await contextFindings(file('quoted.txt', quoted));
    expect(findings.map((d) => d.message)).toContain('Not answered: "Can I also get a discount code for the wait?"');
    // The quote has no signature: the name comes from the attribution line.
    expect(findings.find((d) => d.ruleId === 'structure/greeting-name')?.suggestions[0]?.edit.text).toBe('John');
    // A calm customer.
    expect(findings.map((d) => d.ruleId)).not.toContain('tone/unacknowledged-frustration');
  });

  it("without --customer, uses Outlook's From/Sent block", async () => {
    const outlook = `${REPLY}\nFrom: Sarah Connor <sarah@example.com>\nSent: 24 November 2025 09:31\nTo: Brightcart Support\nSubject: Lamp\n\nHello,\nWhen will my lamp arrive? Can I also get a discount code for the wait?\n`;
    const findings = await contextFindings(file('outlook.txt', outlook));
    expect(findings.find((d) => d.ruleId === 'structure/greeting-name')?.message).toBe('The greeting says "Jon", but the customer\'s name is Sarah.');
    expect(findings.map((d) => d.message)).toContain('Not answered: "Can I also get a discount code for the wait?"');
  });

  it('in Latvian, reads a Gmail attribution line in Latvian', async () => {
    const lv =
      'Labdien, Jani!\n\nJūsu pasūtījums tiks piegādāts ceturtdien, un kurjers Jums piezvanīs pirms ierašanās.\n\nVai varu vēl kā palīdzēt?\n\nAr cieņu,\nLīga\n\n' +
      'pirmd., 2025. g. 24. nov., plkst. 09:14 — lietotājs Jānis Bērziņš (<janis@example.lv>) rakstīja:\n> Labdien!\n> Kad tiks piegādāts mans pasūtījums? Vai varu mainīt piegādes adresi?\n';
    const findings = await contextFindings(file('lv.txt', lv), '--lang', 'lv');
    expect(findings.map((d) => d.message)).toEqual(
      expect.arrayContaining(['Nav atbildēts: "Vai varu mainīt piegādes adresi?"']),
    );
    expect(findings.find((d) => d.ruleId === 'structure/greeting-name')?.suggestions[0]?.edit.text).toBe('Jāni');
  });

  it('without a customer message, the reply-vs-message rules stay silent', async () => {
    expect(await contextFindings(file('alone.txt', REPLY))).toEqual([]);
  });

  it('an unreadable --customer file is a usage error', async () => {
    const r = await run('check', file('reply-x.txt', REPLY), '--customer', scratch.path('missing.txt'));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('cannot read');
  });

  it('"profile validate" refuses --customer', async () => {
    const r = await run('profile', 'validate', file('p.json', '{}'), '--customer', 'x.txt');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--customer does not apply');
  });
});
