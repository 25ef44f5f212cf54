// Django's createsuperuser, for StackVerdict: `npm run createuser` asks; flags script it.
//   npm run -s createuser -- --email a@b.c --name "A B" --role ADMIN --password-stdin < file
//   STACKVERDICT_PASSWORD=... npm run -s createuser -- --email a@b.c --name "A B" --role EDITOR --no-input
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { ROLES, SYSTEM } from "../lib/auth/roles";
import { getDb } from "../lib/db/client";
import { AppError, ValidationError } from "../lib/errors";
import { users } from "../lib/resources";
import { createRecord } from "../lib/services/records";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function readStdin(): Promise<string> {
  let data = "";
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, "");
}

async function ask(question: string, hidden = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write: (chunk, _enc, cb) => {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const pending = rl.question(question);
  muted = hidden;
  const answer = await pending;
  rl.close();
  if (hidden) process.stdout.write("\n");
  return answer.trim();
}

async function main(): Promise<number> {
  const interactive =
    !process.argv.includes("--no-input") && !process.argv.includes("--password-stdin") && process.stdin.isTTY;
  const email = flag("email") ?? (interactive ? await ask("Email: ") : "");
  const name = flag("name") ?? (interactive ? await ask("Name: ") : "");
  const role = (
    flag("role") ?? (interactive ? (await ask(`Role (${ROLES.join("/")}) [ADMIN]: `)) || "ADMIN" : "ADMIN")
  ).toUpperCase();
  let password = process.env.STACKVERDICT_PASSWORD ?? "";
  if (process.argv.includes("--password-stdin")) password = await readStdin();
  else if (!password && interactive) {
    password = await ask("Password: ", true);
    if ((await ask("Password (again): ", true)) !== password) {
      console.error("The passwords do not match.");
      return 2;
    }
  }
  try {
    const user = await createRecord(users, SYSTEM, { email, name, role, password, active: true }, getDb());
    console.log(`Created ${user.role} ${user.email}.`);
    return 0;
  } catch (error) {
    if (error instanceof ValidationError) {
      for (const [field, messages] of Object.entries(error.fields)) console.error(`${field}: ${messages.join(" ")}`);
      return 2;
    }
    if (error instanceof AppError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
}

main()
  .then((code) => (process.exitCode = code))
  .finally(() => getDb().$disconnect());
