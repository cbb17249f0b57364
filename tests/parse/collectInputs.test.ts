import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectInputs } from '../../src/parse/collectInputs';

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'newsgraph-collect-'));
  const files = [
    'b.txt',
    'a.json',
    'notes.pdf',
    'README.md',
    'a.gold.json',
    '.hidden.txt',
    'sub/z.md',
    'sub/deeper/y.HTML',
    'sub/x.jsonl',
    'sub/x.ndjson',
    'node_modules/pkg/readme.txt',
    '.git/HEAD.txt',
    'empty-dir/.keep',
  ];
  for (const f of files) {
    await fs.mkdir(path.dirname(path.join(tmp, f)), { recursive: true });
    await fs.writeFile(path.join(tmp, f), 'x');
  }
  await fs.symlink(tmp, path.join(tmp, 'sub', 'loop')); // a folder link back to the root
});
afterAll(async () => {
  await fs.rm(tmp, { recursive: true, force: true });
});

const rel = (files: string[]): string[] => files.map((f) => path.relative(tmp, f).split(path.sep).join('/'));

describe('collectInputs', () => {
  it('walks a folder recursively, keeps supported extensions only, sorted, and skips hidden, gold, README and node_modules', async () => {
    const { files, errors } = await collectInputs([tmp]);
    expect(errors).toEqual([]);
    expect(rel(files)).toEqual(['a.json', 'b.txt', 'sub/deeper/y.HTML', 'sub/x.jsonl', 'sub/x.ndjson', 'sub/z.md']);
  });

  it('returns paths under the folder as given (relative stays relative), following a link to a folder not yet seen once', async () => {
    const cwd = process.cwd();
    process.chdir(tmp);
    try {
      const { files, errors } = await collectInputs(['sub']);
      expect(errors).toEqual([]);
      // sub/loop points at the root, which this walk has not seen; inside it, sub/ is already seen.
      expect(files).toEqual(
        ['sub/deeper/y.HTML', 'sub/loop/a.json', 'sub/loop/b.txt', 'sub/x.jsonl', 'sub/x.ndjson', 'sub/z.md'].map((f) => path.join(...f.split('/'))),
      );
    } finally {
      process.chdir(cwd);
    }
  });

  it('keeps the order of the arguments, lists a file once, and takes a named gold/README file as given', async () => {
    const { files, errors } = await collectInputs([
      path.join(tmp, 'sub', 'z.md'),
      path.join(tmp, 'a.gold.json'),
      tmp,
      path.join(tmp, 'b.txt'),
    ]);
    expect(errors).toEqual([]);
    expect(rel(files)).toEqual(['sub/z.md', 'a.gold.json', 'a.json', 'b.txt', 'sub/deeper/y.HTML', 'sub/x.jsonl', 'sub/x.ndjson']);
  });

  it('gives errors, not exceptions, for a missing path, an unsupported file and a folder with no reports', async () => {
    const missing = path.join(tmp, 'missing');
    const pdf = path.join(tmp, 'notes.pdf');
    const empty = path.join(tmp, 'empty-dir');
    const { files, errors } = await collectInputs([missing, pdf, empty, path.join(tmp, 'b.txt')]);
    expect(rel(files)).toEqual(['b.txt']);
    expect(errors).toEqual([
      { origin: missing, reason: 'no such file or directory' },
      { origin: pdf, reason: expect.stringMatching(/^unsupported file extension \.pdf/) },
      { origin: empty, reason: expect.stringMatching(/^no report files in this folder/) },
    ]);
  });

  it('returns nothing for no inputs', async () => {
    expect(await collectInputs([])).toEqual({ files: [], errors: [] });
  });
});
