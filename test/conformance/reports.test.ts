import assert from 'node:assert/strict';
import { isXmlChar, toJUnit } from '../../scripts/conformance/junit.js';
import { literal, toMarkdown } from '../../scripts/conformance/markdown.js';
import { Results } from '../../scripts/conformance/results.js';

/**
 * A strict well-formedness check of the XML toJUnit writes (no new package): every character is one
 * XML 1.0 allows, every `&` starts one of the five predefined entities or a character reference to an
 * allowed character, attribute values are quoted and hold no `<`, and elements nest and close.
 * Throws, naming the offset, at the first fault.
 */
function assertWellFormedXml(xml: string): void {
  for (let i = 0; i < xml.length; ) {
    const cp = xml.codePointAt(i) ?? 0;
    if (!isXmlChar(cp)) throw new Error(`character U+${cp.toString(16)} at ${i} is not XML`);
    i += cp > 0xffff ? 2 : 1;
  }
  for (const m of xml.matchAll(/&([^;]*);?/g)) {
    const [whole, name = ''] = m;
    if (!whole.endsWith(';')) throw new Error(`a bare & at ${m.index}`);
    const ref = /^#x([0-9a-f]+)$/i.exec(name) ?? /^#([0-9]+)$/.exec(name);
    if (ref?.[1]) {
      if (!isXmlChar(Number.parseInt(ref[1], name.startsWith('#x') ? 16 : 10)))
        throw new Error(`a reference to a character XML forbids at ${m.index}`);
    } else if (!['amp', 'lt', 'gt', 'quot', 'apos'].includes(name))
      throw new Error(`an unknown entity &${name}; at ${m.index}`);
  }
  const body = xml.replace(/^<\?xml [^?]*\?>/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`a malformed tag at ${lt}: ${JSON.stringify(body.slice(lt, lt + 60))}`);
    const [, closing, name = '', , selfClosing] = m;
    if (closing) {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${lt}`);
    } else if (!selfClosing) stack.push(name);
    i = tag.lastIndex;
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(', ')}`);
}

// What a hostile server can put in an event name or a payload: markup, quotes, control characters,
// an ANSI escape sequence, the non-characters U+FFFE and U+FFFF, and a lone surrogate.
const HOSTILE = `<b>&"'</b> \`code\` | x\u0000\u0007\u001b[31mred\u001b[0m\uFFFE\uFFFF\uD800 end`;

function hostileResults(): Results {
  const results = new Results();
  results.add({
    suite: 'events',
    operation: `local ${HOSTILE}`,
    name: 'on the main Socket.IO connection',
    outcome: 'failed',
    problems: [`undeclared event "${HOSTILE}" on server local`],
    detail: 'observed',
    durationMs: 3,
  });
  results.add({
    suite: 'http',
    operation: 'getHealth',
    name: 'generated',
    outcome: 'passed',
    problems: [],
    detail: '200',
    durationMs: 2,
  });
  results.add({
    suite: 'socketio',
    operation: 'echo',
    name: HOSTILE,
    outcome: 'warning',
    problems: [HOSTILE],
    detail: 'answered',
    durationMs: 1,
  });
  return results;
}

describe('conformance reports with server-chosen text', () => {
  it('writes well-formed JUnit XML, with the failure and every character XML can carry', () => {
    const xml = toJUnit({ results: hostileResults(), durationMs: 10 });
    assertWellFormedXml(xml);
    assert.match(xml, /<testsuites name="switchboard-conformance" tests="3" failures="1"/);
    assert.match(xml, /<failure message="undeclared event &quot;&lt;b&gt;&amp;&quot;&apos;&lt;\/b&gt;/);
    assert.match(xml, /<skipped message=/);
    // The forbidden characters are replaced, not dropped silently: the text stays readable around them.
    assert.ok(xml.includes('x\uFFFD\uFFFD\uFFFD[31mred'));
    assert.ok(!/[\uFFFE\uFFFF]/.test(xml));
  });

  it('the check itself refuses what XML forbids', () => {
    assert.throws(() => assertWellFormedXml('<a>\uFFFE</a>'), /U\+fffe/);
    assert.throws(() => assertWellFormedXml('<a>&</a>'), /bare &/);
    assert.throws(() => assertWellFormedXml('<a x="<"/>'), /malformed tag/);
    assert.throws(() => assertWellFormedXml('<a><b></a>'), /closes/);
  });

  it('writes server-chosen text in Markdown literally, with no markup and no terminal escapes', () => {
    const escaped = literal(HOSTILE);
    assert.ok(!escaped.includes('\u001b') && !escaped.includes('\u0007') && !escaped.includes('\u0000'));
    // Shown as `\u001b[31m` (its backslash and bracket escaped for Markdown), not obeyed.
    assert.ok(escaped.includes('\\\\u001b\\[31mred'), escaped);
    assert.ok(escaped.includes('\\<b\\>\\&"\'\\</b\\>'), escaped);
    assert.ok(escaped.includes('\\`code\\`') && escaped.includes('\\|'), escaped);
    assert.equal(literal('line\nbreak'), 'line break');

    const markdown = toMarkdown(
      { results: hostileResults(), durationMs: 10, passed: false, planned: 1, driven: 1 },
      { baseUrl: 'http://127.0.0.1:1/', readOnly: false },
    );
    const control = [...markdown].find((ch) => {
      const code = ch.charCodeAt(0);
      return (code < 0x20 && code !== 0x0a) || (code >= 0x7f && code <= 0x9f);
    });
    assert.equal(control, undefined, 'a control character got through');
    // Every failure row has its five cells: no `|` from the server split one.
    const row = markdown.split('\n').find((l) => l.startsWith('| server events local'));
    assert.equal(row?.split(/(?<!\\)\|/).length, 6, row);
    assert.ok(!/<b>|`code`/.test(markdown), 'raw markup got through');
  });
});
