// Parses and validates the AsyncAPI document with the AsyncAPI initiative's own parser (spec schema, references,
// payload schemas); Redocly's lint checks the same file's structure and style. Exit 1 on any error.
import { readFileSync } from 'node:fs';
import { Parser } from '@asyncapi/parser';

const file = process.argv[2];
const { document, diagnostics } = await new Parser().parse(readFileSync(file, 'utf8'), { source: file });
const errors = diagnostics.filter((d) => d.severity === 0);
for (const d of diagnostics) {
  console.log(`${['error', 'warning', 'info', 'hint'][d.severity]} ${d.code} ${d.path.join('/')}: ${d.message}`);
}
if (!document || errors.length > 0) {
  console.error(`${file}: ${errors.length} error(s)`);
  process.exit(1);
}
console.log(`${file}: AsyncAPI ${document.version()}, ${document.channels().length} channels, ${document.messages().length} messages, valid`);
