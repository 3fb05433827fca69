// The extension API namespace. Chrome MV3's `chrome.*` returns promises; Firefox's `chrome.*` still wants callbacks
// for several APIs, but its `browser.*` returns promises with the same shapes for everything used here. Read through
// globalThis so that modules importing this one still load in Node (the unit tests), where neither exists.
const g = globalThis as { browser?: typeof chrome; chrome?: typeof chrome };

export const ext: typeof chrome = (g.browser?.runtime ? g.browser : g.chrome) as typeof chrome;
