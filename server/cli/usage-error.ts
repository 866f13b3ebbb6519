/** A mistake in how the CLI was called: it prints the usage and exits with code 2. */
export class UsageError extends Error {}
