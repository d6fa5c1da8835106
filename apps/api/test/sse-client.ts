import http from 'node:http';

// A minimal Server-Sent Events reader over real HTTP (app.inject waits for the end of a
// response, a stream has none): collects events and comments, and says when the stream ended.

export type SseEvent = { event: string; data: string };

export type SseClient = {
  status: number;
  events: SseEvent[];
  comments: string[];
  ended: Promise<void>;
  /** Resolves with the first event (after those already seen) that matches, or rejects after ms. */
  next(match: (e: SseEvent) => boolean, ms?: number): Promise<SseEvent>;
  close(): void;
};

export function openSse(baseUrl: string, cookie: string | null): Promise<SseClient> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      `${baseUrl}/api/events/stream`,
      { headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) } },
      (res) => {
        const events: SseEvent[] = [];
        const comments: string[] = [];
        const waiters: { match: (e: SseEvent) => boolean; done: (e: SseEvent) => void }[] = [];
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let cut = buffer.indexOf('\n\n');
          while (cut >= 0) {
            const block = buffer.slice(0, cut);
            buffer = buffer.slice(cut + 2);
            let event = 'message';
            const data: string[] = [];
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) comments.push(line.slice(1).trim());
              else if (line.startsWith('event: ')) event = line.slice(7);
              else if (line.startsWith('data: ')) data.push(line.slice(6));
            }
            if (data.length > 0) {
              const e = { event, data: data.join('\n') };
              events.push(e);
              for (const w of [...waiters])
                if (w.match(e)) {
                  waiters.splice(waiters.indexOf(w), 1);
                  w.done(e);
                }
            }
            cut = buffer.indexOf('\n\n');
          }
        });
        const ended = new Promise<void>((done) => {
          res.once('end', done);
          res.once('close', done);
        });
        resolve({
          status: res.statusCode ?? 0,
          events,
          comments,
          ended,
          next(match, ms = 3000) {
            return new Promise((done, fail) => {
              const timer = setTimeout(() => fail(new Error(`no matching event within ${ms} ms`)), ms);
              waiters.push({
                match,
                done: (e) => {
                  clearTimeout(timer);
                  done(e);
                },
              });
            });
          },
          close: () => req.destroy(),
        });
      },
    );
    req.once('error', reject);
  });
}

/** The app's address after `listen({ port: 0 })`. */
export function baseUrlOf(server: http.Server): string {
  const a = server.address();
  if (!a || typeof a === 'string') throw new Error('not listening');
  return `http://127.0.0.1:${a.port}`;
}
