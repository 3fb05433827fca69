// hunspell-asm is imported through its CommonJS build: its ESM build calls a namespace import as a function, which
// breaks under esbuild (see DESIGN.md, "Gotchas met while measuring"). The types are the package's own.
declare module 'hunspell-asm/dist/cjs/index.js' {
  export * from 'hunspell-asm';
}
