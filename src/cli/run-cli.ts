/**
 * Runs a command-line entry point so that authors never see a stack trace: known problems are
 * printed as messages, anything unexpected as one line with a hint (LOTSE_DEBUG=1 shows more).
 */
import { ConfigError, debugErrors } from '../config/env.ts';

export function runCli(main: () => number | Promise<number>): void {
  Promise.resolve()
    .then(main)
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      if (error instanceof ConfigError) console.error(error.message);
      else {
        const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
        console.error(`Lotse: unerwarteter Fehler: ${message}. Fix: LOTSE_DEBUG=1 setzen und die Ausgabe an die Redaktion/IT weitergeben.`);
        if (debugErrors()) console.error(error);
      }
      process.exitCode = 1;
    });
}
