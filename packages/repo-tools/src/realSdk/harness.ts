import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@org/tsconfig/chromium.js';
import { type BrowserContext, chromium } from 'playwright-core';
import { type PageServer, startPageServer } from './pageServer.js';
import type { SdkUnderTest } from './sdks.js';

/** Which capture devices Chromium offers, and how it answers a permission prompt. */
export type DeviceSetup = 'no-devices' | 'fake-devices-denied' | 'fake-devices-granted';

const deviceArgs: Record<DeviceSetup, readonly string[]> = {
  // No fake-device flag: Chromium offers the host's own devices, and a container or
  // CI runner has none. The tests check that precondition before they rely on it.
  'no-devices': [],
  // Chromium's fake camera and microphone, and every permission prompt answered
  // "block", as a user who dismisses or denies it. No --use-fake-ui-for-media-stream,
  // which would accept the prompt.
  'fake-devices-denied': ['--use-fake-device-for-media-stream', '--deny-permission-prompts'],
  // The control: the same fake devices with the permission granted to the page.
  'fake-devices-granted': ['--use-fake-device-for-media-stream'],
};

/** The scenarios of __fixtures__/page/scenarios.js. */
export type ScenarioName =
  | 'inputDevices'
  | 'errorCodes'
  | 'createCameraVideoTrack'
  | 'createMicrophoneAudioTrack'
  | 'onUnknownEvent'
  | 'joinOffline';

export interface ScenarioRun<T> {
  /** What the scenario returned in the page. */
  readonly result: T;
  /** console.error texts and uncaught errors of the page, in order. */
  readonly consoleErrors: readonly string[];
  /** Requests and WebSockets the page tried outside the harness server, all refused. */
  readonly outsideRequests: readonly string[];
}

export interface SdkHarness {
  /** Runs one scenario in a fresh page that loaded `sdk`. */
  run<T>(sdk: SdkUnderTest, scenario: ScenarioName): Promise<ScenarioRun<T>>;
  close(): Promise<void>;
}

const fixture = (name: string) =>
  fileURLToPath(new URL(`./__fixtures__/page/${name}`, import.meta.url));

/**
 * Debian's Chromium, headless, on a fresh profile, offline: the only server it can
 * reach is the harness's own on 127.0.0.1, which serves the scenario page and each
 * SDK's UMD build. Every other request is aborted as if the network were down
 * (and recorded); every WebSocket is closed; no host name resolves but 127.0.0.1.
 */
export async function startSdkHarness(
  setup: DeviceSetup,
  sdks: readonly SdkUnderTest[],
): Promise<SdkHarness> {
  const files = new Map<string, string>([['/scenarios.js', fixture('scenarios.js')]]);
  for (const sdk of sdks) {
    files.set(`/${sdk.version}/`, fixture('index.html'));
    files.set(`/${sdk.version}/videosdk.js`, sdk.file);
  }
  const server = await startPageServer(files);
  const profile = mkdtempSync(join(tmpdir(), 'real-sdk-chromium-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(
      profile,
      chromiumLaunchOptions([
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
        ...deviceArgs[setup],
      ]),
    );
    if (setup === 'fake-devices-granted') {
      await context.grantPermissions(['camera', 'microphone'], { origin: server.origin });
    }
  } catch (error) {
    await shutDown(server, profile);
    throw error;
  }
  return {
    async run<T>(sdk: SdkUnderTest, scenario: ScenarioName): Promise<ScenarioRun<T>> {
      const consoleErrors: string[] = [];
      const outsideRequests: string[] = [];
      const page = await context.newPage();
      try {
        page.on('console', (message) => {
          if (message.type() === 'error') consoleErrors.push(message.text());
        });
        page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
        await page.route('**/*', (route) => {
          const url = route.request().url();
          if (url.startsWith(`${server.origin}/`)) return route.continue();
          outsideRequests.push(`${route.request().method()} ${url}`);
          return route.abort('internetdisconnected');
        });
        await page.routeWebSocket(/.*/, (socket) => {
          outsideRequests.push(`WebSocket ${socket.url()}`);
          return socket.close({ code: 1011, reason: 'offline harness' });
        });
        await page.goto(`${server.origin}/${sdk.version}/`);
        // A string expression, not a function: nothing of this file's transpiled
        // code is serialized into the page. Playwright awaits the promise it yields.
        const result = (await page.evaluate(`window.realSdk[${JSON.stringify(scenario)}]()`)) as T;
        return { result, consoleErrors, outsideRequests };
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await shutDown(server, profile);
    },
  };
}

async function shutDown(server: PageServer, profile: string): Promise<void> {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
