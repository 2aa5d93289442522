import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import fs from 'node:fs';
import type { Writable } from 'node:stream';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const CHUNK = 256 * 1024;
/** Files up to this size are deflated whole by zlib on the thread pool; larger ones stream through fflate. */
const NATIVE_DEFLATE_MAX = 64 * 1024 * 1024;
const deflateRaw = promisify(zlib.deflateRaw);

/**
 * An entry whose DEFLATE stream was made beforehand (by zlib, off the main thread): fflate still
 * computes the CRC and size of the raw bytes pushed; `process` emits the compressed bytes instead.
 */
class PrecompressedEntry extends ZipPassThrough {
  constructor(
    filename: string,
    private readonly deflated: Uint8Array<ArrayBuffer>,
  ) {
    super(filename);
    this.compression = 8;
  }

  protected override process(_chunk: Uint8Array, final: boolean): void {
    if (final) this.ondata(null, this.deflated, true);
  }
}

/** Raised when the client went away: the export stops where it is. */
export class ExportAborted extends Error {
  constructor() {
    super('client closed the connection');
  }
}

/**
 * A ZIP written to a writable stream (the HTTP response) one entry at a time, waiting for the socket
 * to drain, so that at most one chunk per entry is held in memory. fflate's streaming Zip writes data
 * descriptors, so sizes need not be known in advance.
 */
export class ZipStream {
  private readonly zip: Zip;
  private needsDrain = false;
  private error: Error | null = null;
  private closed = false;
  private finished = false;
  bytes = 0;

  constructor(private readonly out: Writable) {
    this.zip = new Zip((error, chunk, final) => {
      if (error) {
        this.error = error;
        return;
      }
      if (this.closed) return;
      this.bytes += chunk.length;
      if (!out.write(chunk)) this.needsDrain = true;
      if (final) this.finished = true;
    });
    out.on('close', () => {
      this.closed = true;
    });
  }

  get aborted(): boolean {
    return this.closed && !this.finished;
  }

  /** Deflated for text and SQLite files; stored as is for PDFs (already compressed). */
  async addBuffer(name: string, data: Uint8Array, compress: boolean): Promise<void> {
    if (compress) {
      const deflated = new Uint8Array(await deflateRaw(data, { level: 6 }));
      this.check();
      const entry = new PrecompressedEntry(name, deflated);
      entry.mtime = new Date();
      this.zip.add(entry);
      entry.push(data, true);
      await this.drain();
      return;
    }
    const entry = this.entry(name, false);
    if (!data.length) entry.push(new Uint8Array(0), true);
    for (let offset = 0; offset < data.length; offset += CHUNK) {
      entry.push(data.subarray(offset, offset + CHUNK), offset + CHUNK >= data.length);
      await this.drain();
    }
    await this.drain();
  }

  async addFile(name: string, file: string, compress: boolean): Promise<void> {
    if (compress && (await fs.promises.stat(file)).size <= NATIVE_DEFLATE_MAX) return this.addBuffer(name, await fs.promises.readFile(file), true);
    const entry = this.entry(name, compress);
    const handle = await fs.promises.open(file, 'r');
    try {
      const buffer = Buffer.alloc(CHUNK);
      for (;;) {
        const { bytesRead } = await handle.read(buffer, 0, CHUNK, null);
        if (bytesRead === 0) break;
        entry.push(new Uint8Array(buffer.subarray(0, bytesRead)), false);
        await this.drain();
      }
      entry.push(new Uint8Array(0), true);
      await this.drain();
    } finally {
      await handle.close();
    }
  }

  /** Writes the central directory and ends the stream. */
  async end(): Promise<void> {
    this.check();
    this.zip.end();
    await this.drain();
    this.out.end();
  }

  private entry(name: string, compress: boolean): ZipDeflate | ZipPassThrough {
    this.check();
    const entry = compress ? new ZipDeflate(name, { level: 6 }) : new ZipPassThrough(name);
    entry.mtime = new Date();
    this.zip.add(entry);
    return entry;
  }

  private check(): void {
    if (this.error) throw this.error;
    if (this.closed) throw new ExportAborted();
  }

  private async drain(): Promise<void> {
    this.check();
    if (!this.needsDrain) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.out.off('drain', done);
        this.out.off('close', done);
        resolve();
      };
      this.out.on('drain', done);
      this.out.on('close', done);
    });
    this.needsDrain = false;
    this.check();
  }
}
