// A headless Chromium driven over the DevTools protocol on --remote-debugging-pipe (fd 3 in, fd 4 out,
// NUL-separated JSON): no port, no browser download, no dependency.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';

/** The Chromium on PATH (Debian's `chromium`), or null. */
export function findChromium(): string | null {
  for (const name of [process.env.CHROMIUM, 'chromium', 'chromium-browser', 'google-chrome'].filter(Boolean) as string[]) {
    const r = spawnSync(name, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    if (r.status === 0) return name;
  }
  return null;
}

type Handler = (params: Record<string, unknown>) => void;

export class Browser {
  private next = 1;
  private readonly pending = new Map<number, { resolve: (v: any) => void; reject: (e: Error) => void; method: string }>();
  private readonly listeners: Array<{ method: string; session?: string; fn: Handler }> = [];
  private buffer = '';
  private readonly profile: string;
  private constructor(private readonly proc: ChildProcess, profile: string) {
    this.profile = profile;
    const out = proc.stdio[4] as Readable;
    out.setEncoding('utf8');
    out.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end;
      while ((end = this.buffer.indexOf('\0')) >= 0) {
        const msg = JSON.parse(this.buffer.slice(0, end));
        this.buffer = this.buffer.slice(end + 1);
        this.dispatch(msg);
      }
    });
    proc.on('exit', () => {
      for (const p of this.pending.values()) p.reject(new Error(`browser exited during ${p.method}`));
      this.pending.clear();
    });
  }

  static async launch(binary: string, width = 1400, height = 900): Promise<Browser> {
    const profile = mkdtempSync(join(tmpdir(), 'fenjie-chromium-'));
    const proc = spawn(binary, [
      '--headless', '--remote-debugging-pipe', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
      '--no-first-run', '--no-default-browser-check', '--disable-extensions', '--disable-background-networking',
      '--disable-sync', '--disable-component-update', '--mute-audio', `--user-data-dir=${profile}`,
      `--window-size=${width},${height}`, 'about:blank',
    ], { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
    proc.stderr!.resume();
    const b = new Browser(proc, profile);
    await b.send('Browser.getVersion');
    return b;
  }

  private dispatch(msg: { id?: number; result?: unknown; error?: { message: string }; method?: string; params?: Record<string, unknown>; sessionId?: string }): void {
    if (msg.id !== undefined) {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message}`));
      else p.resolve(msg.result);
      return;
    }
    for (const l of this.listeners) if (l.method === msg.method && (!l.session || l.session === msg.sessionId)) l.fn(msg.params ?? {});
  }

  send<T = any>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    const id = this.next++;
    const input = this.proc.stdio[3] as Writable;
    return new Promise<T>((resolve, reject) => {
      // A command the browser never answers fails the test with its name, not a bare timeout.
      const timer = setTimeout(() => { this.pending.delete(id); reject(new Error(`${method}: no answer in 15 s`)); }, 15_000);
      this.pending.set(id, { resolve: (v) => { clearTimeout(timer); resolve(v); }, reject: (e) => { clearTimeout(timer); reject(e); }, method });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  on(method: string, fn: Handler, session?: string): void {
    this.listeners.push({ method, session, fn });
  }

  once(method: string, session?: string): Promise<Record<string, unknown>> {
    return new Promise((resolve) => {
      const l = { method, session, fn: (p: Record<string, unknown>) => { this.listeners.splice(this.listeners.indexOf(l), 1); resolve(p); } };
      this.listeners.push(l);
    });
  }

  /** A new tab with its protocol session (Page, Runtime and Network enabled). */
  async page(width = 1400, height = 900): Promise<Page> {
    const { targetId } = await this.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await this.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const page = new Page(this, sessionId, targetId);
    await Promise.all(['Page.enable', 'Runtime.enable', 'Network.enable'].map((m) => page.send(m)));
    await page.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false });
    return page;
  }

  async close(): Promise<void> {
    await this.send('Browser.close').catch(() => undefined);
    await new Promise<void>((done) => {
      if (this.proc.exitCode !== null) return done();
      const t = setTimeout(() => { this.proc.kill('SIGKILL'); done(); }, 3000);
      this.proc.once('exit', () => { clearTimeout(t); done(); });
    });
    rmSync(this.profile, { recursive: true, force: true });
  }
}

export class Page {
  constructor(private readonly browser: Browser, readonly session: string, readonly target: string) {}

  close(): Promise<unknown> {
    return this.browser.send('Target.closeTarget', { targetId: this.target });
  }

  send<T = any>(method: string, params: Record<string, unknown> = {}): Promise<T> {
    return this.browser.send<T>(method, params, this.session);
  }

  on(method: string, fn: Handler): void {
    this.browser.on(method, fn, this.session);
  }

  async goto(url: string): Promise<void> {
    const loaded = this.browser.once('Page.loadEventFired', this.session);
    await this.send('Page.navigate', { url });
    await loaded;
  }

  /** Evaluate an expression in the page and return its (JSON) value. */
  async eval<T = unknown>(expression: string): Promise<T> {
    const r = await this.send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
      'Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true },
    );
    if (r.exceptionDetails) throw new Error(`in page: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
    return r.result.value;
  }

  /** A real mouse click at a point of the viewport (what a user does, not element.click()). */
  async click(x: number, y: number): Promise<void> {
    for (const type of ['mouseMoved', 'mousePressed', 'mouseReleased']) {
      await this.send('Input.dispatchMouseEvent', { type, x, y, button: 'left', clickCount: type === 'mouseMoved' ? 0 : 1 });
    }
  }

  async screenshot(): Promise<Buffer> {
    // A background tab is not painted: capturing it would wait forever.
    await this.send('Page.bringToFront');
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }
}
