// Runs probe values through the Rust Pact core (pact_ffi, as shipped by pact-js) by real provider
// verification, and prints one verdict per case. Not part of the build; see README.md next to it.
//
//   node verdicts.js TABLE.tsv [MORE-CASES.tsv ...]
//
// Every case of TABLE.tsv and of the other files is verified again and TABLE.tsv rewritten with
// the verdicts. A case is one line, tab-separated: the matcher group as JSON ({"matchers": [...],
// "combine": "AND"}), the example value as JSON, the value to try as JSON (a fourth column, the
// verdict, is ignored on input). Each case becomes one
// interaction of a V4 pact, GET /case/N answering {"v": EXAMPLE} with the group on $.v; a local
// provider answers {"v": VALUE}. The output repeats the three columns and adds ACCEPTS or REJECTS.
'use strict';
const fs = require('fs');
const http = require('http');
const os = require('os');
const path = require('path');
const { getFfiLib } = require('@pact-foundation/pact-core/src/ffi');

const table = process.argv[2];
const seen = new Set();
const cases = [];
for (const file of process.argv.slice(2).filter(f => fs.existsSync(f))) {
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const key = line.split('\t').slice(0, 3).join('\t');
    if (line.trim() && !line.startsWith('#') && !seen.has(key)) {
      seen.add(key);
      cases.push(key.split('\t'));
    }
  }
}
const interactions = cases.map(([group, example], i) => ({
  type: 'Synchronous/HTTP',
  description: 'case ' + i,
  request: { method: 'GET', path: '/case/' + i },
  response: {
    status: 200,
    headers: { 'Content-Type': ['application/json'] },
    body: { contentType: 'application/json', encoded: false, content: { v: JSON.parse(example) } },
    matchingRules: { body: { '$.v': JSON.parse(group) } },
  },
}));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rust-core-verdicts-'));
const pactFile = path.join(dir, 'cases.json');
fs.writeFileSync(pactFile, JSON.stringify({
  consumer: { name: 'probe' }, provider: { name: 'probed' }, interactions,
  metadata: { pactSpecification: { version: '4.0' } },
}));

const server = http.createServer((req, res) => {
  const i = Number(req.url.split('/').pop());
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end('{"v": ' + cases[i][2] + '}');
});
server.listen(0, '127.0.0.1', () => {
  const ffi = getFfiLib('error');
  const handle = ffi.pactffiVerifierNewForApplication('runspec-verdicts', '1');
  ffi.pactffiVerifierSetProviderInfo(handle, 'probed', 'http', '127.0.0.1', server.address().port, '/');
  ffi.pactffiVerifierAddFileSource(handle, pactFile);
  ffi.pactffiVerifierExecute(handle, (err) => {
    const results = JSON.parse(ffi.pactffiVerifierJson(handle));
    ffi.pactffiVerifierShutdown(handle);
    server.close();
    if (err) {
      throw err;
    }
    const failed = new Set((results.errors || []).map(e => Number(/ - case (\d+)$/.exec(e.interaction)[1])));
    const out = ['# Rust Pact core (pact_ffi ' + ffi.pactffiVersion() + ') verdicts: matcher group, example, value, verdict'];
    cases.forEach(([group, example, value], i) => {
      out.push([group, example, value, failed.has(i) ? 'REJECTS' : 'ACCEPTS'].join('\t'));
    });
    fs.writeFileSync(table, out.join('\n') + '\n');
    fs.rmSync(dir, { recursive: true });
  });
});
