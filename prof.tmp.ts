import { readFileSync } from 'node:fs';
import { RULES } from './src/engine/rules/index';
import { buildContext } from './src/engine/context';
import { loadSpeller } from './src/cli/dictionaries';
import { createEngine } from './src/engine/engine';
const reply = readFileSync('./tests/bench/reply-250.txt', 'utf8');
const speller = await loadSpeller('en');
const engine = createEngine({ language: 'en', speller });
for (let i=0;i<20;i++) engine.check(reply);
const N=50;
let t=performance.now(); for (let i=0;i<N;i++) engine.check(reply.replace('frustrating','frustrating'+'x'.repeat(i%2))); console.log('check', ((performance.now()-t)/N).toFixed(3));
t=performance.now(); for (let i=0;i<N;i++) buildContext({text:reply,language:'en',speller}); console.log('ctx', ((performance.now()-t)/N).toFixed(3));
const ctx = buildContext({text:reply,language:'en',speller});
const times:[string,number][]=[];
for (const r of RULES) { if(!r.meta.languages.includes('en')) continue; for(let i=0;i<5;i++) r.check(ctx); t=performance.now(); for (let i=0;i<N;i++) r.check(buildContext({text:reply.replace('frustrating','frustrating'+'x'.repeat(i%2)),language:'en',speller})); times.push([r.id,(performance.now()-t)/N]); }
const base=(()=>{t=performance.now(); for (let i=0;i<N;i++) buildContext({text:reply.replace('frustrating','frustrating'+'x'.repeat(i%2)),language:'en',speller}); return (performance.now()-t)/N})();
times.sort((a,b)=>b[1]-a[1]); for (const [id,ms] of times) console.log(id, (ms-base).toFixed(3));
