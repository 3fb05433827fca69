// The extension API namespace. Chrome MV3's `chrome.*` returns promises; Firefox's `chrome.*` still wants callbacks
// for several APIs, but its `browser.*` returns promises with the same shapes for everything used here.
declare const browser: typeof chrome | undefined;

export const ext: typeof chrome = typeof browser !== 'undefined' && browser?.runtime ? browser : chrome;
