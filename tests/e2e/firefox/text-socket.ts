import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { Duplex } from 'node:stream';

/**
 * The smallest WebSocket client WebDriver BiDi needs (RFC 6455): text messages out and in,
 * ping answered, close honoured. Node 20 has no WebSocket global without a flag, and `ws` is
 * not ours to import. Client frames are masked as the RFC requires; fragmented server messages
 * are reassembled. Binary frames are an error: BiDi only speaks JSON text.
 */
export interface TextSocket {
  send(text: string): void;
  close(): void;
  /** Settles once the connection is gone, for whatever reason. */
  closed: Promise<void>;
}

const ACCEPT_GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';
const OP = { continuation: 0, text: 1, binary: 2, close: 8, ping: 9, pong: 10 } as const;

export function connectTextSocket(
  url: string,
  onText: (text: string) => void,
  timeoutMs: number,
): Promise<TextSocket> {
  const { hostname, port, pathname } = new URL(url);
  const key = randomBytes(16).toString('base64');
  const expectedAccept = createHash('sha1')
    .update(key + ACCEPT_GUID)
    .digest('base64');
  return new Promise((resolve, reject) => {
    const req = request({
      host: hostname,
      port,
      path: pathname,
      headers: {
        Connection: 'Upgrade',
        Upgrade: 'websocket',
        'Sec-WebSocket-Key': key,
        'Sec-WebSocket-Version': '13',
      },
    });
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`WebSocket ${url}: no handshake answer within ${timeoutMs} ms`));
    }, timeoutMs);
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`WebSocket ${url}: ${error.message}`));
    });
    req.on('response', (res) => {
      clearTimeout(timer);
      res.resume();
      reject(
        new Error(`WebSocket ${url}: expected 101 Switching Protocols, got ${res.statusCode}`),
      );
    });
    req.on('upgrade', (res, socket, head) => {
      clearTimeout(timer);
      if (res.headers['sec-websocket-accept'] !== expectedAccept) {
        socket.destroy();
        reject(new Error(`WebSocket ${url}: bad Sec-WebSocket-Accept in the handshake`));
        return;
      }
      resolve(wrap(socket, head, onText));
    });
    req.end();
  });
}

function wrap(socket: Duplex, head: Buffer, onText: (text: string) => void): TextSocket {
  let buffer = head;
  let fragments: Buffer[] = [];
  let closeSent = false;
  const write = (opcode: number, payload: Buffer) => {
    if (!socket.writable) return;
    socket.write(encodeFrame(opcode, payload));
  };
  const close = () => {
    if (!closeSent) write(OP.close, Buffer.alloc(0));
    closeSent = true;
    socket.end();
  };
  const onData = (chunk: Buffer) => {
    buffer = buffer.length ? Buffer.concat([buffer, chunk]) : chunk;
    for (let frame = decodeFrame(buffer); frame; frame = decodeFrame(buffer)) {
      buffer = buffer.subarray(frame.size);
      if (frame.opcode === OP.text || frame.opcode === OP.continuation) {
        fragments.push(frame.payload);
        if (frame.fin) {
          const text = Buffer.concat(fragments).toString('utf8');
          fragments = [];
          onText(text);
        }
      } else if (frame.opcode === OP.ping) {
        write(OP.pong, frame.payload);
      } else if (frame.opcode === OP.close) {
        close();
      } else if (frame.opcode !== OP.pong) {
        socket.destroy(new Error(`WebSocket: unexpected frame opcode ${frame.opcode}`));
        return;
      }
    }
  };
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('data', onData);
  socket.on('error', () => socket.destroy());
  if (head.length) onData(Buffer.alloc(0));
  return { send: (text) => write(OP.text, Buffer.from(text, 'utf8')), close, closed };
}

interface Frame {
  fin: boolean;
  opcode: number;
  payload: Buffer;
  /** Bytes the whole frame took in the buffer. */
  size: number;
}

/** One complete frame from the start of `buf`, or null while more bytes are needed. */
function decodeFrame(buf: Buffer): Frame | null {
  if (buf.length < 2) return null;
  const b0 = buf[0] as number;
  const b1 = buf[1] as number;
  let length = b1 & 0x7f;
  let offset = 2;
  if (length === 126) {
    if (buf.length < 4) return null;
    length = buf.readUInt16BE(2);
    offset = 4;
  } else if (length === 127) {
    if (buf.length < 10) return null;
    length = Number(buf.readBigUInt64BE(2));
    offset = 10;
  }
  const masked = (b1 & 0x80) !== 0;
  const mask = masked ? buf.subarray(offset, offset + 4) : null;
  if (masked) offset += 4;
  if (buf.length < offset + length) return null;
  const payload = Buffer.from(buf.subarray(offset, offset + length));
  if (mask) {
    for (let i = 0; i < payload.length; i++) {
      payload[i] = (payload[i] as number) ^ (mask[i & 3] as number);
    }
  }
  return { fin: (b0 & 0x80) !== 0, opcode: b0 & 0x0f, payload, size: offset + length };
}

/** A single final frame, masked with a fresh key (every client frame must be). */
function encodeFrame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const lengthBytes = length < 126 ? 0 : length < 0x10000 ? 2 : 8;
  const head = 2 + lengthBytes;
  const out = Buffer.alloc(head + 4 + length);
  out[0] = 0x80 | opcode;
  if (lengthBytes === 0) out[1] = 0x80 | length;
  else if (lengthBytes === 2) {
    out[1] = 0x80 | 126;
    out.writeUInt16BE(length, 2);
  } else {
    out[1] = 0x80 | 127;
    out.writeBigUInt64BE(BigInt(length), 2);
  }
  const mask = randomBytes(4);
  mask.copy(out, head);
  for (let i = 0; i < length; i++) {
    out[head + 4 + i] = (payload[i] as number) ^ (mask[i & 3] as number);
  }
  return out;
}
