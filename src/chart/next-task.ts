/**
 * A promise of the next task (not a microtask): a message on a channel of its own. Unlike `setTimeout`, it is
 * neither clamped to 4 ms when nested nor throttled to one wake-up a second in a background page.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
