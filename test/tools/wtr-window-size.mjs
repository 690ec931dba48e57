// wtr command `window-viewport`: sets the page's viewport size in WebKit, where wtr's own `setViewport`
// throws ("not supported for browser type webdriver"). WebDriver can only size the window, so the window
// is sized to the wanted viewport plus the browser's own frame (outer minus inner size). Other browser
// types answer `false`: there `setViewport` works.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function windowViewportPlugin() {
  return {
    name: 'ict-window-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'window-viewport') return undefined;
      if (session.browser.type !== 'webdriver') return false;
      const driver = session.browser.driver;
      if (driver === undefined) return false;
      const { width, height } = /** @type {{width: number, height: number}} */ (payload);
      const frame = await driver.execute(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
      await driver.setWindowSize(width + frame[0], height + frame[1]);
      return driver.execute(() => [innerWidth, innerHeight]);
    },
  };
}
