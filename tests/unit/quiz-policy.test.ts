/**
 * Issue 13: quiz keys that depend on the registry agree with decide(), the one decision the checker
 * and the platform pages use. Each row names a question, the registry entry and data class its
 * scenario is about, and the verdict (plus the exception or condition) its right answer relies on.
 * Changing the registry so that a key becomes wrong fails here, naming the question.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readContent } from '../../src/build/content';
import { decide, type Verdict } from '../../src/lib/policy/decide';

const set = readContent('content');

interface Claim {
  bank: string;
  question: string;
  platform: string;
  dataClass: string;
  verdict: Verdict;
  /** Start of an exception (`excludes`) the key relies on; it must apply to this class. */
  except?: string;
  /** Part of a condition the key relies on; it must be among the decision's conditions. */
  condition?: string;
  /** How the question names the platform, when not by its registry name or id. */
  named?: string;
}

/**
 * One claim a line: `bank/question: platform + data class = verdict`, then optional `| except: …`
 * (start of an exception the key relies on), `| condition: …` (part of a condition it relies on)
 * and `| named: …` (how the question names the platform, when not by registry name or id).
 */
const CLAIMS: Claim[] = parseClaims(`
approved-platforms/restricted-repo-copilot: github-copilot-business + restricted = not-allowed
approved-platforms/prohibited-for-public-data: ai-browser-extensions + public = not-allowed | named: AI browser extension
approved-platforms/approved-conditions-bind: microsoft-365-copilot + internal = conditional
approved-platforms/local-model-customer-data: local-open-weight-models + confidential = conditional | except: Customer personal data | named: open-weight model
approved-platforms/copilot-personal-training: github-copilot-personal + internal = not-allowed | named: personal GitHub Copilot
approved-platforms/pr-bot-on-product-repo: pr-review-bot-pilot + confidential = not-allowed | named: pull-request review bot
approved-platforms/pilot-ended: pr-review-bot-pilot + internal = conditional | condition: The pilot ends on | named: pull-request review bot
approved-platforms/checker-conditions: openai-api + internal = conditional | condition: project keys held in the secrets manager | named: OpenAI API
approved-platforms/unlisted-mcp-server: unlisted-mcp-servers + public = not-allowed | named: MCP server
sensitive-information/customer-ticket-har: internal-llm + restricted = conditional | except: Live credentials | named: internal LLM
sensitive-information/redacted-prod-trace-class: cursor-business + confidential = not-allowed | named: cleared only for internal
sensitive-information/terraform-is-code: cursor-business + confidential = not-allowed | named: cleared for internal
sensitive-information/dev-trace-class: cursor-business + internal = conditional | named: cleared for internal
data-protection/local-model-tickets: local-open-weight-models + confidential = conditional | except: Customer personal data | named: open-weight model
data-protection/minimise-fields: openai-api + confidential = conditional | condition: data-protection review | named: OpenAI API
data-protection/personal-account-personal-data: consumer-chatbot + confidential = not-allowed | named: personal subscription
ai-coding-agents/github-mcp-token: github-mcp-server + confidential = conditional | condition: fine-grained token | named: GitHub MCP server
ai-coding-agents/new-mcp-server: unlisted-mcp-servers + internal = not-allowed | named: MCP server
ai-coding-agents/mcp-not-listed-data: unlisted-mcp-servers + public = not-allowed | named: not in the registry
ai-coding-agents/skip-permissions-where: claude-code + confidential = conditional | condition: disposable container | named: dangerously-skip-permissions
responsible-use/meeting-assistant-request: ai-meeting-notetakers + internal = not-allowed | named: note-taker
reviewing-ai-code/agent-least-privilege: claude-code + confidential = conditional | condition: without production credentials | named: coding agent
`);

/** Parses the table above; a malformed line is a test bug and throws, naming it. */
function parseClaims(table: string): Claim[] {
  return table.trim().split('\n').map((line) => {
    const [head = '', ...extras] = line.split(' | ');
    const m = /^([a-z0-9-]+)\/([a-z0-9-]+): ([a-z0-9-]+) \+ ([a-z]+) = (allowed|conditional|not-allowed)$/.exec(head);
    if (!m) throw new Error(`malformed claim: ${line}`);
    const claim: Claim = { bank: m[1]!, question: m[2]!, platform: m[3]!, dataClass: m[4]!, verdict: m[5] as Verdict };
    for (const extra of extras) {
      const [key, ...rest] = extra.split(': ');
      if (key !== 'except' && key !== 'condition' && key !== 'named') throw new Error(`unknown field "${key}" in claim: ${line}`);
      claim[key] = rest.join(': ');
    }
    return claim;
  });
}

/** Everything a learner reads of a question, in one string. */
function textOf(bank: string, id: string): string {
  const q = set.modules.find((m) => m.id === bank)?.quiz.questions.find((x) => x.id === id);
  assert.ok(q, `${bank}/${id}: no such question`);
  return [q.prompt, ...q.options.map((o) => o.text), q.explanation].join('\n');
}

describe('quiz keys agree with decide() over the registry', () => {
  for (const c of CLAIMS) {
    it(`${c.bank}/${c.question}: ${c.platform} with ${c.dataClass} data is ${c.verdict}`, () => {
      const platform = set.platforms.find((p) => p.id === c.platform);
      assert.ok(platform, `${c.platform} is not in the registry`);
      const text = textOf(c.bank, c.question);
      const names = [platform.name, platform.id, ...(c.named ? [c.named] : [])];
      assert.ok(names.some((n) => text.includes(n)), `${c.bank}/${c.question} names none of ${JSON.stringify(names)}`);
      const d = decide(platform, c.dataClass, set.dataClasses);
      assert.equal(d.verdict, c.verdict, `${c.bank}/${c.question}: ${d.ruleText}`);
      if (c.except) assert.ok(d.excludes.some((e) => e.startsWith(c.except!)), `${c.bank}/${c.question}: no exception "${c.except}" for ${c.dataClass} in ${c.platform}`);
      if (c.condition) assert.ok(d.conditions.some((x) => x.includes(c.condition!)), `${c.bank}/${c.question}: no condition "${c.condition}" in ${c.platform}`);
    });
  }

  it('the files the agents bank says to deny are in every agent entry\'s denyRead, and the others are not', () => {
    const deny = ['.env', '~/.aws/**', '~/.ssh/**', '.mcp.json'];
    const allowed = ['README.md', 'package.json'];
    textOf('ai-coding-agents', 'what-to-deny');
    const agents = set.platforms.filter((p) => p.agent);
    assert.ok(agents.length >= 1, 'no registry entry has an agent block');
    for (const p of agents) {
      for (const f of deny) assert.ok(p.agent!.denyRead.includes(f), `${p.id}: denyRead lacks ${f}`);
      for (const f of allowed) assert.ok(!p.agent!.denyRead.includes(f), `${p.id}: denyRead has ${f}, which the bank says the agent needs`);
    }
  });

  it('every MCP server an agent entry allows is a non-prohibited entry, and the prohibited catch-all is allowed to none', () => {
    for (const p of set.platforms.filter((x) => x.agent)) {
      for (const id of p.agent!.mcpServers) {
        const server = set.platforms.find((x) => x.id === id);
        assert.ok(server && server.status !== 'prohibited', `${p.id}: MCP server ${id}`);
      }
      assert.ok(!p.agent!.mcpServers.includes('unlisted-mcp-servers'), p.id);
    }
  });
});
