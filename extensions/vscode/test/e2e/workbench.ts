/**
 * Driving VS Code's UI (code-server in headless Chromium) with playwright-core:
 * the few gestures the end-to-end test needs, by keyboard where VS Code has a
 * binding, and positions found from the text on screen, not from pixels.
 * Selectors are VS Code 1.100's.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Locator, type Page } from "playwright-core";

/** Debian's Chromium (never a downloaded browser: only Debian's packages are reachable). */
export const CHROMIUM = process.env.PLANLINT_CHROMIUM ?? "/usr/bin/chromium";

// Flags that keep Chromium off the network and quiet in a container.
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(userDataDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1440, height: 900 },
    locale: "ja-JP",
  });
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const center = (b: Box) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 });

export class Workbench {
  constructor(
    readonly page: Page,
    private readonly screenshotDir: string,
  ) {
    mkdirSync(screenshotDir, { recursive: true });
  }

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await this.page.locator(".monaco-workbench").waitFor({ timeout: 60000 });
  }

  /** Runs a command by its title from the command palette (F1). */
  async runCommand(title: string): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press("F1");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator(".quick-input-widget .monaco-list-row", { hasText: title }).first().waitFor();
    await this.page.keyboard.press("Enter");
  }

  /** Ctrl+1: focus leaves panels and inputs for the editor. */
  async focusEditor(): Promise<void> {
    await this.page.keyboard.press("Escape");
    await this.page.keyboard.press("Control+1");
  }

  /**
   * Clicks AT and opens the code action menu (Ctrl+.) until it lists an action whose
   * title matches. On a loaded machine the first Ctrl+. can come before the editor has
   * the diagnostics' code actions (the menu then lists only others, or none); the menu is
   * closed and asked for again, up to TIMEOUT ms in all.
   */
  async openCodeActions(at: { x: number; y: number }, title: RegExp, timeout = 60000): Promise<void> {
    const deadline = Date.now() + timeout;
    const row = this.page.locator(".action-widget .monaco-list-row", { hasText: title }).first();
    for (let attempt = 1; ; attempt++) {
      await this.page.mouse.click(at.x, at.y);
      await this.page.keyboard.press("Control+.");
      const wait = Math.min(8000, Math.max(1000, deadline - Date.now()));
      try {
        await row.waitFor({ timeout: wait });
        return;
      } catch (error) {
        if (Date.now() >= deadline) {
          const listed = await this.page.locator(".action-widget .monaco-list-row").allTextContents();
          throw new Error(`after ${attempt} tries, no code action matches ${title}; the menu lists: ${listed.join(" | ") || "(nothing)"}`, { cause: error });
        }
        await this.page.keyboard.press("Escape");
      }
    }
  }

  /** In the open code action menu (Ctrl+.), moves to the action whose title matches and applies it (Enter). */
  async chooseAction(title: RegExp): Promise<void> {
    const rows = this.page.locator(".action-widget .monaco-list-row");
    await rows.first().waitFor();
    const count = await rows.count();
    for (let i = 0; i < count; i++) {
      const focused = await this.page.locator(".action-widget .monaco-list-row.focused").allTextContents();
      if (focused.length === 1 && title.test(focused[0]!)) {
        await this.page.keyboard.press("Enter");
        await rows.first().waitFor({ state: "detached" });
        return;
      }
      await this.page.keyboard.press("ArrowDown");
    }
    throw new Error(`no code action matches ${title}: ${(await rows.allTextContents()).join(" | ")}`);
  }

  /** Opens a workspace file with Quick Open (Ctrl+P). */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press("Control+P");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(name);
    await this.page.locator(".quick-input-widget .monaco-list-row", { hasText: name }).first().waitFor();
    await this.page.keyboard.press("Enter");
    await this.page.locator(`.tabs-container .tab.active[data-resource-name="${name}"]`).first().waitFor();
    await this.page.locator(".monaco-editor .view-lines").first().waitFor();
  }

  /** Ctrl+G: moves the cursor to LINE (1-based) of the active editor and reveals it. */
  async goToLine(line: number): Promise<void> {
    await this.focusEditor();
    await this.page.keyboard.press("Control+G");
    const input = this.page.locator(".quick-input-widget input");
    await input.waitFor();
    await input.fill(`:${line}`);
    await this.page.keyboard.press("Enter");
    await input.waitFor({ state: "hidden" });
  }

  /**
   * Where TARGET (inside the rendered line that contains CONTEXT) is on screen,
   * or undefined while no such line is rendered. Monaco renders a line as spans;
   * the text is matched across them.
   */
  async textBox(context: string, target = context): Promise<Box | undefined> {
    return this.page.evaluate(
      ({ context, target }) => {
        for (const line of document.querySelectorAll<HTMLElement>(".editor-instance .monaco-editor .view-lines .view-line")) {
          const nodes: Text[] = [];
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
          // Monaco renders spaces as U+00A0.
          const text = nodes.map((n) => n.data).join("").replace(/\u00a0/g, " ");
          const at = text.indexOf(context);
          if (at === -1) continue;
          const start = at + context.indexOf(target);
          const end = start + target.length;
          const range = document.createRange();
          let offset = 0;
          for (const n of nodes) {
            if (offset <= start && start < offset + n.data.length) range.setStart(n, start - offset);
            if (offset < end && end <= offset + n.data.length) range.setEnd(n, end - offset);
            offset += n.data.length;
          }
          const r = range.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }
        return undefined;
      },
      { context, target },
    );
  }

  /** The squiggles (warning, error, info) that underline most of BOX. */
  async squigglesUnder(box: Box): Promise<string[]> {
    return this.page.evaluate((box) => {
      const found: string[] = [];
      for (const s of document.querySelectorAll<HTMLElement>(".editor-instance .monaco-editor [class*='squiggly-']")) {
        const r = s.getBoundingClientRect();
        const overlapX = Math.min(r.right, box.x + box.width) - Math.max(r.left, box.x);
        const overlapY = Math.min(r.bottom, box.y + box.height) - Math.max(r.top, box.y);
        if (overlapY > 0 && overlapX >= box.width * 0.8) found.push(s.className);
      }
      return found;
    }, box);
  }

  /** Waits until CHECK returns a value (not undefined/false), polling; throws with WHAT after TIMEOUT ms. */
  async until<T>(what: string, check: () => Promise<T | undefined | false>, timeout = 30000): Promise<T> {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await check();
      if (value !== undefined && value !== false) return value;
      if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
      await this.page.waitForTimeout(200);
    }
  }

  /** Goes to LINE and moves the mouse onto WORD in CONTEXT there, from below left as a user does, so that its hover opens. */
  async hoverOn(line: number, context: string, word: string): Promise<void> {
    await this.goToLine(line);
    const box = await this.until(`${word} on screen`, () => this.textBox(context, word));
    const { x, y } = center(box);
    await this.page.mouse.move(x - 40, y + 40);
    await this.page.mouse.move(x, y, { steps: 5 });
  }

  /** The visible hover box. */
  hover(): Locator {
    return this.page.locator(".monaco-hover:not(.hidden) .monaco-hover-content").first();
  }

  async screenshot(name: string): Promise<string> {
    const path = join(this.screenshotDir, `${name}.png`);
    await this.page.screenshot({ path });
    return path;
  }
}
