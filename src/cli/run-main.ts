/**
 * How a script's `main` ends the process: its exit code, or 1 with the error's message (no
 * stack trace: these scripts report problems in sentences of their own).
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
