import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { parseRunbook } from '/work/main/src/domain/checklist/parse-runbook.ts';
function gen(long: boolean, nest: boolean) {
  const lines: string[] = [];
  for (let s = 0; s < 50; s++) {
    lines.push(`## Section ${s}`);
    for (let i = 0; i < 100; i++) lines.push(`${nest ? '  '.repeat(i % 4) : ''}- [ ] Step ${i} ${'very long words '.repeat(long && i % 3 === 0 ? 200 : 1)}`);
  }
  return lines.join('\n') + '\n';
}
for (const [long, nest] of [[false,false],[true,false],[false,true],[true,true]] as const) {
  const text = gen(long, nest);
  let t = performance.now();
  fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const a = performance.now() - t; t = performance.now();
  fromMarkdown(text);
  const b = performance.now() - t; t = performance.now();
  parseRunbook(text);
  console.log({ long, nest, bytes: text.length, gfm: Math.round(a), plain: Math.round(b), ours: Math.round(performance.now() - t) });
}
