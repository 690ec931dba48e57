// wtr command `emulate-media-features`: raw CDP Emulation.setEmulatedMedia, because Puppeteer's
// emulateMediaFeatures() rejects `forced-colors` and `prefers-contrast`. Chromium only: other engines
// answer `false` so a test can skip itself with a reason.

// Emulation overrides live as long as the CDP session that set them: keep one session per page.
const sessions = new WeakMap();
/** The page's CDP session, or null where the page speaks WebDriver BiDi only (Firefox). */
async function cdpSessionOf(page) {
  if (!sessions.has(page))
    sessions.set(
      page,
      page.createCDPSession().catch(() => null),
    );
  return sessions.get(page);
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function emulateMediaPlugin() {
  return {
    name: 'ict-emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'ax-tree') return undefined;
      if (session.browser.type !== 'puppeteer') return false;
      const client = await cdpSessionOf(session.browser.getPage(session.id));
      if (client === null) return false;
      if (command === 'emulate-media-features') {
        const features = Object.entries(payload ?? {}).map(([name, value]) => ({
          name,
          value: String(value),
        }));
        await client.send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      // ax-tree: Chromium's full accessibility tree, reduced to what tests assert on.
      const { nodes } = await client.send('Accessibility.getFullAXTree');
      return nodes
        .filter((node) => !node.ignored)
        .map((node) => ({
          role: node.role?.value ?? '',
          name: node.name?.value ?? '',
          description: node.description?.value ?? '',
        }));
    },
  };
}
