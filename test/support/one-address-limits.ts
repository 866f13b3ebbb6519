// Every player a test starts connects from 127.0.0.1, so the per-address allowances meant for the
// internet (connections held, sign-ups an hour) would stop the suite's crowds long before they are crowds. Servers
// under test start with these raised; a test of one of those limits sets its own value.
export const ONE_ADDRESS_LIMITS: Readonly<Record<string, string>> = {
  HEARTH_SIGNUPS_PER_ADDRESS: '100000',
  HEARTH_MAX_CONNECTIONS_PER_ADDRESS: '100000',
};
