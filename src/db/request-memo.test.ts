import { requestClock, RequestMemo, withRequestMemo } from './request-memo';

describe('RequestMemo.byIds', () => {
  const reader = () => {
    const asked: string[][] = [];
    const read = (missing: string[]) => {
      asked.push(missing);
      return Promise.resolve(
        new Map(missing.filter((id) => id !== 'gone').map((id) => [id, { id, tags: [id] }])),
      );
    };
    return { asked, read };
  };

  it('reads only the ids this request has not read yet, and gives each caller its own copies', async () => {
    const memo = new RequestMemo();
    const { asked, read } = reader();
    const first = await memo.byIds('Stakeholder', 't1', ['a', 'b', 'gone'], read);
    const second = await memo.byIds('Stakeholder', 't1', ['b', 'c', 'gone'], read);
    expect(asked).toEqual([['a', 'b', 'gone'], ['c']]);
    expect([...first.keys()]).toEqual(['a', 'b']);
    expect([...second.keys()]).toEqual(['b', 'c']);
    expect(second.get('b')).toEqual(first.get('b'));
    expect(second.get('b')).not.toBe(first.get('b'));
  });

  it('keeps kinds and tenants apart, and forgets everything on a write', async () => {
    const memo = new RequestMemo();
    const { asked, read } = reader();
    await memo.byIds('Stakeholder', 't1', ['a'], read);
    await memo.byIds('Stakeholder', 't2', ['a'], read);
    await memo.byIds('Account', 't1', ['a'], read);
    memo.invalidate();
    await memo.byIds('Stakeholder', 't1', ['a'], read);
    expect(asked).toEqual([['a'], ['a'], ['a'], ['a']]);
  });

  it('does not remember a failed read', async () => {
    const memo = new RequestMemo();
    const { asked, read } = reader();
    await expect(
      memo.byIds('Stakeholder', 't1', ['a'], () => Promise.reject(new Error('down'))),
    ).rejects.toThrow('down');
    await memo.byIds('Stakeholder', 't1', ['a'], read);
    expect(asked).toEqual([['a']]);
  });
});

describe('requestClock', () => {
  it('stands still within a request and moves outside one', () => {
    let ticks = 0;
    const clock = requestClock(() => new Date(Date.UTC(2026, 0, 1) + (ticks += 1)));
    const [first, second] = withRequestMemo(() => [clock(), clock()]);
    expect(second.getTime()).toBe(first.getTime());
    expect(withRequestMemo(() => clock()).getTime()).toBeGreaterThan(first.getTime());
    expect(clock().getTime()).not.toBe(clock().getTime());
  });
});
