import { connectTextSocket } from './text-socket';

/** Parameters and results are plain JSON; the tests know the shapes they ask for. */
export type Json = any;

export interface BiDi {
  /** Sends one command and waits for its answer; a BiDi error or the timeout rejects. */
  send(method: string, params?: object, timeoutMs?: number): Promise<Json>;
  /** Listens to an event (after `session.subscribe`); returns the unsubscribe function. */
  on(event: string, listener: (params: Json) => void): () => void;
  close(): Promise<void>;
}

interface Pending {
  method: string;
  resolve(result: Json): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

const DEFAULT_TIMEOUT_MS = 15_000;

/** A WebDriver BiDi connection: JSON commands with ids, answers matched back, events fanned out. */
export async function connectBiDi(url: string, connectTimeoutMs: number): Promise<BiDi> {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(params: Json) => void>>();
  let nextId = 1;
  const socket = await connectTextSocket(
    url,
    (text) => {
      const message = JSON.parse(text);
      if (message.type === 'event') {
        for (const listener of listeners.get(message.method) ?? []) listener(message.params);
        return;
      }
      const waiting = pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.type === 'success') waiting.resolve(message.result);
      else {
        const detail = `${message.error}: ${message.message}`;
        waiting.reject(new Error(`BiDi ${waiting.method} failed: ${detail}`));
      }
    },
    connectTimeoutMs,
  );
  void socket.closed.then(() => {
    for (const [id, waiting] of pending) {
      clearTimeout(waiting.timer);
      waiting.reject(new Error(`BiDi ${waiting.method}: Firefox closed the connection`));
      pending.delete(id);
    }
  });
  return {
    send(method, params = {}, timeoutMs = DEFAULT_TIMEOUT_MS) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`BiDi ${method}: no answer within ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, { method, resolve, reject, timer });
        socket.send(JSON.stringify({ id, method, params }));
      });
    },
    on(event, listener) {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
    async close() {
      socket.close();
      await Promise.race([socket.closed, new Promise((resolve) => setTimeout(resolve, 2_000))]);
    },
  };
}
