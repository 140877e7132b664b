// Node resolves `./QBench.node` to the codex file `QBench.node.json` before ts-node's `.ts`
// (jest resolves .ts first). Import this first so the bench loads the TypeScript modules.
const extensions = require.extensions as Record<string, unknown>;
const json = extensions['.json'];
delete extensions['.json'];
extensions['.json'] = json;
