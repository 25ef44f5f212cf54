// "| Swift | 4.298 | swiftc -O -g fib.swift | ./fib |": the columns that say how each row was built and run hold
// shell commands. They are how the figure was made, not something the technology has, so their cells are read
// as nothing. A column is one of commands when most of its cells look like a command line: a path to run
// ("./fib"), a flag ("-O3", "--release") or a file to act on ("fib.go").

const COMMAND =
  /^(?:\.{1,2}\/\S|[a-z][\w.+-]{0,30}\s(?:.{0,300}\s)?(?:-{1,2}[a-zA-Z][\w=:-]{0,40}|[\w./-]{1,60}\.[a-z]{1,5})(?:\s|$))/;
/** Share of a column's filled cells that must be commands. */
const MOST = 2 / 3;

const isCommand = (cell: string): boolean => COMMAND.test(cell.replace(/`/g, "").trim());

/** The rows with the cells of command columns (past the first) emptied. */
export function withoutCommandColumns(rows: string[][], keep: boolean[]): string[][] {
  const width = Math.max(0, ...rows.map((r) => r.length));
  const commands = new Set<number>();
  for (let i = 1; i < width; i++) {
    const filled = rows.filter((r, ri) => keep[ri] && r[i]?.trim()).map((r) => r[i]);
    if (filled.length >= 2 && filled.filter(isCommand).length >= filled.length * MOST) commands.add(i);
  }
  if (!commands.size) return rows;
  return rows.map((r) => r.map((c, i) => (commands.has(i) ? "" : c)));
}
