import { request as httpRequest } from 'node:http';

export interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * One raw HTTP POST, the answer read whole: for tests that compare bytes and headers, or send
 * what `fetch` would not (a chunked body: its first five bytes written apart, odd headers).
 */
export function postRaw(
  url: string,
  body: string | Buffer,
  headers: Record<string, string>,
  chunked = false,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    req.on('error', reject);
    if (chunked) {
      const text = Buffer.from(body);
      req.write(text.subarray(0, 5));
      req.end(text.subarray(5));
    } else {
      req.setHeader('content-length', Buffer.byteLength(body));
      req.end(body);
    }
  });
}
