// Polls a condition until it returns a truthy value, or fails with what it was waiting for.
import { setTimeout as delay } from 'node:timers/promises';

export async function waitUntil(what, timeoutMs, check, stepMs = 50) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await delay(stepMs);
  }
}
