/** Watchhouse supports Node.js 24 LTS, which `npm install` brings into node_modules/.bin (the `node` package). */
export const SUPPORTED_NODE_MAJOR = 24;

/** Why this Node cannot run Watchhouse, or null when it can. */
export function unsupportedNodeReason(version: string): string | null {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= SUPPORTED_NODE_MAJOR) return null;
  return (
    `Watchhouse needs Node.js ${SUPPORTED_NODE_MAJOR} LTS or newer; this is ${version}. ` +
    'Run it through npm (npm start, npm test, npm run …), which uses the Node that npm install put in node_modules/.bin, ' +
    'or put node_modules/.bin first on PATH.'
  );
}

/** Stops an entry point started on an unsupported Node with a message that says how to run it. */
export function requireSupportedNode(version = process.version): void {
  const reason = unsupportedNodeReason(version);
  if (!reason) return;
  console.error(reason);
  process.exit(1);
}
