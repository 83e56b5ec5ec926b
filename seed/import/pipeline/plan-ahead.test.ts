import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { batchSizesOf, countLines } from './plan-ahead';

describe('the batch sizes an import will send', () => {
  it('are a full batch and the remainder, the header not counted', () => {
    expect(batchSizesOf(4_501, 2_000)).toEqual([2_000, 500]);
    expect(batchSizesOf(4_001, 2_000)).toEqual([2_000]);
    expect(batchSizesOf(2_001, 2_000)).toEqual([2_000]);
  });

  it('are the whole file when it holds less than a batch, and nothing for a header alone', () => {
    expect(batchSizesOf(12, 2_000)).toEqual([11]);
    expect(batchSizesOf(1, 2_000)).toEqual([]);
    expect(batchSizesOf(0, 2_000)).toEqual([]);
  });
});

describe('counting a file’s lines', () => {
  it('counts line breaks, CRLF or LF, across read chunks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-ahead-'));
    const small = join(dir, 'small.csv');
    writeFileSync(small, 'Id,Name\r\n1,a\r\n2,b\r\n');
    expect(await countLines(small)).toBe(3);
    // Larger than one 64 KB read, so breaks in every chunk are counted.
    const large = join(dir, 'large.csv');
    writeFileSync(
      large,
      `Id,Name\n${Array.from({ length: 20_000 }, (_, i) => `${i},name ${i}`).join('\n')}\n`,
    );
    expect(await countLines(large)).toBe(20_001);
  });
});
