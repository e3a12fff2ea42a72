import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
const appDir = '/work/main/apps/api';
function cpu(pid: number) { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' '); return (Number(f[11]) + Number(f[12])) * 10; }
function start(script: string, env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: appDir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise<{ child: any; url: string }>((resolve) => {
    let out = '';
    child.stdout.on('data', (c) => { out += c; const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out); if (m) resolve({ child, url: m[1] }); });
  });
}
const variants = (process.env.VARIANTS ?? '').split(' ');
const path0 = process.env.P ?? '/v1/errors/4001';
for (const v of variants) {
  const env: Record<string,string> = { PORT: '0', LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000000' };
  for (const f of v.split(',').filter(Boolean)) env[f] = '1';
  const s = v === 'bare' ? await start('bench/bare.ts', { BENCH_BODIES: '/tmp/bodies.json' }) : await start('src/server.ts', env);
  const path = v === 'bare' ? (path0.includes('?') ? '/search' : '/single') : path0;
  await autocannon({ url: s.url + path, connections: 10, amount: 5000 });
  const c0 = cpu(s.child.pid);
  const r = await autocannon({ url: s.url + path, connections: 10, amount: 30000 });
  const c1 = cpu(s.child.pid);
  console.log((v || 'full').padEnd(60), 'us/req', ((c1 - c0) * 1000 / 30000).toFixed(1), 'rps', Math.round(r.requests.average));
  s.child.kill();
}
