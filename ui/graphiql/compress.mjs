// Writes .br and .gz copies beside each compressible file of the built bundle, so the API can send
// them as they are (src/Api/Ide/IdeEndpoints.cs) instead of compressing 7 MB on every request.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = process.argv[2];
if (!root) throw new Error('usage: node compress.mjs <folder>');
const compressible = /\.(js|mjs|css|html|json|svg|ttf|map|txt)$/;
let raw = 0, br = 0, gz = 0, files = 0;

for (const name of readdirSync(root, { recursive: true })) {
  const path = join(root, name);
  if (!statSync(path).isFile() || !compressible.test(path)) continue;
  const bytes = readFileSync(path);
  if (bytes.length < 1024) continue;
  const brotli = brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
  const gzip = gzipSync(bytes, { level: 9 });
  writeFileSync(path + '.br', brotli);
  writeFileSync(path + '.gz', gzip);
  raw += bytes.length; br += brotli.length; gz += gzip.length; files++;
}
const mb = (n) => (n / 1048576).toFixed(2) + ' MB';
console.log(`compressed ${files} files: ${mb(raw)} raw, ${mb(gz)} gzip, ${mb(br)} brotli`);
