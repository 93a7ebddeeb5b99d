/** `npm run emulator [-- --port N]`: the emulator for a person (README quick start, demo). */
import { startEmulator } from './index.js';

async function main(): Promise<void> {
  const i = process.argv.indexOf('--port');
  const port = i > 0 ? Number(process.argv[i + 1]) : Number(process.env.PALETTE_EMULATOR_PORT ?? 0);
  const emulator = await startEmulator({ port });
  console.log(`Palette API emulator listening on ${emulator.url}`);
  for (const t of emulator.tenants) {
    // These are fixed, public emulator keys (test/emulator/tenants.ts), not credentials of any real system.
    console.log(`  tenant ${t.name}: ApiKey ${t.apiKey}  projects ${t.projects.map((p) => `${p.name}=${p.uid}`).join(', ')}`);
  }
  console.log('Press Ctrl+C to stop.');
  const stop = () => void emulator.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
