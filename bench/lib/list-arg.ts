/** `--name 1,20,100` from the command line, as numbers. */
export function numberListArg(name: string, fallback: readonly number[]): number[] {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return [...fallback];
  const values = (process.argv[i + 1] ?? '').split(',').map(Number);
  if (values.length === 0 || !values.every((v) => Number.isFinite(v) && v > 0))
    throw new Error(`--${name} takes positive numbers separated by commas`);
  return values;
}

/** `--name a,b` from the command line, each one of `allowed`. */
export function choiceListArg<T extends string>(
  name: string,
  allowed: readonly T[],
  fallback: readonly T[],
): T[] {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return [...fallback];
  const values = (process.argv[i + 1] ?? '').split(',') as T[];
  const wrong = values.find((v) => !allowed.includes(v));
  if (wrong !== undefined)
    throw new Error(`--${name} takes ${allowed.join(', ')} (not ${wrong}), separated by commas`);
  return values;
}
