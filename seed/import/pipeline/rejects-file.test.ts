import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RejectsFile, rejectLine } from './rejects-file';

describe('the rejects file', () => {
  it('quotes what needs quoting', () => {
    expect(
      rejectLine({
        file: 'Case.csv',
        line: 3,
        record: 'SupportTicket',
        column: 'Priority',
        value: 'P1, "urgent"',
        reason: 'unmapped value (expected one of: Low, Medium)',
        effect: 'row rejected',
      }),
    ).toBe(
      'Case.csv,3,SupportTicket,Priority,"P1, ""urgent""","unmapped value (expected one of: Low, Medium)",row rejected\n',
    );
  });

  it('writes a header, then one line per problem', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'rejects-')), 'rejects.csv');
    const rejects = await RejectsFile.open(path);
    rejects.add({
      file: 'a.csv',
      line: 2,
      record: 'Person',
      column: 'AccountId',
      value: '001X',
      reason: 'r',
      effect: 'row rejected',
    });
    await rejects.close();
    expect(readFileSync(path, 'utf8')).toBe(
      'file,line,record,column,value,reason,effect\na.csv,2,Person,AccountId,001X,r,row rejected\n',
    );
    expect(rejects.size).toBe(1);
  });
});
