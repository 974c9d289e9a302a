/**
 * The `parallax` command-line tool: the extension's own code (utils/) run from a terminal.
 * Each command lives in cli/commands/<name>.ts and exports `run(args)` and a one-line `usage`.
 */
const COMMANDS = ['outlet', 'detect', 'ingest', 'cluster', 'coverage'] as const;

interface Command {
  usage: string;
  run(args: string[]): Promise<number>;
}

async function load(name: string): Promise<Command> {
  return (await import(`./commands/${name}.ts`)) as Command;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') {
    const lines = await Promise.all(COMMANDS.map(async (c) => `  ${(await load(c).catch(() => null))?.usage ?? c}`));
    process.stdout.write(`usage: parallax <command> [args]\n\n${lines.join('\n')}\n`);
    return name ? 0 : 2;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`parallax: unknown command "${name}". Try: parallax help\n`);
    return 2;
  }
  return (await load(name)).run(args);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`parallax: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
