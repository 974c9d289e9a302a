/** Where the demo talks: progress to stdout for people, or to stderr when stdout carries the JSON summary. */
export function progressLog(json: boolean): (line: string) => void {
  const stream = json ? process.stderr : process.stdout;
  return (line) => void stream.write(`${line}\n`);
}

/** A failure the demo explains to the newcomer; anything else is a bug and keeps its stack. */
export class DemoError extends Error {
  override name = 'DemoError';
}

/** Runs a step; a thrown DemoError passes through, anything else is wrapped with what was being done. */
export async function step<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (e instanceof DemoError) throw e;
    throw new DemoError(`${what} failed: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
}
