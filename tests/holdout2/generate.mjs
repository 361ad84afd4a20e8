#!/usr/bin/env node
// Holdout-2 tenant generator for Lantern (see README.md).
//   node tests/holdout2/generate.mjs --out DIR [--seed N] [--users N] [--days N]
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Rng, DAY } from './lib/rng.mjs';
import { buildPeople } from './lib/people.mjs';
import { planHabits } from './lib/habits.mjs';
import { World } from './lib/where.mjs';
import { Sink } from './lib/signins.mjs';
import { Person } from './lib/benign.mjs';
import { Others } from './lib/shifts.mjs';
import { AdminWork } from './lib/adminwork.mjs';
import { aitm, contractor, consent } from './lib/attacks.mjs';
import { spray, rogueAdmin, spBackdoor } from './lib/attacks2.mjs';
import { writeGraph, writeJson } from './lib/output.mjs';

export const END = Date.parse('2026-09-01T00:00:00Z');

export function generate({ out, seed = 11, users: nUsers = 1800, days = 21, quiet = false }) {
  const t0 = Date.now();
  if (days < 10) throw new Error('--days must be at least 10');
  if (nUsers < 400) throw new Error('--users must be at least 400');
  const start = END - days * DAY;
  const root = new Rng(seed);
  const users = buildPeople(root.fork('people'), nUsers, days);
  const shared = planHabits(root.fork('habits'), users, start, days);
  const sink = new Sink();
  const ctx = { root: root.fork('activity'), w: new World(root.fork('world'), start, days), sink, hooks: null };
  const admin = new AdminWork(ctx, users);
  ctx.hooks = admin.hooks;
  const others = new Others(ctx, shared);
  for (const u of users) {
    if (u.role === 'service') for (let d = 0; d < days; d++) others.serviceDay(u, d);
    else if (u.role === 'guest') for (let d = 0; d < days; d++) others.guestDay(u, d);
    else if (u.role === 'callcentre' || u.role === 'frontline') for (let d = 0; d < days; d++) others.shiftDay(u, d);
    else {
      const p = new Person(ctx, u);
      for (let d = 0; d < days; d++) { p.day(d); others.extrasDay(u, d); }
    }
  }
  admin.run();
  // Keep the window exact, then count what is benign before planting attacks.
  const inWin = (ts) => { const t = Date.parse(ts); return t >= start && t < END; };
  sink.inter = sink.inter.filter((r) => inWin(r.createdDateTime));
  sink.non = sink.non.filter((r) => inWin(r.createdDateTime));
  sink.audits = sink.audits.filter((r) => inWin(r.activityDateTime));
  const benign = { signins: sink.signins, interactive: sink.inter.length, noninteractive: sink.non.length, audits: sink.audits.length };

  ctx.fallback = users.filter((u) => u.role === 'staff' && u.laptop && !u.laptop.mac);
  const ar = root.fork('attacks');
  const scenarios = [
    aitm(ctx, users, ar.fork('aitm')), contractor(ctx, users, ar.fork('contractor')), consent(ctx, users, ar.fork('consent')),
    spray(ctx, users, ar.fork('spray')), rogueAdmin(ctx, users, ar.fork('rogue')), spBackdoor(ctx, users, ar.fork('sp')),
  ].map((s) => s.truth());

  mkdirSync(out, { recursive: true });
  const files = { signins: join(out, 'signins.json'), noninteractive: join(out, 'noninteractive.json'), audits: join(out, 'audits.json'), truth: join(out, 'truth.json') };
  writeGraph(files.signins, 'signins', sink.inter, 'createdDateTime');
  writeGraph(files.noninteractive, 'signins', sink.non, 'createdDateTime');
  writeGraph(files.audits, 'audits', sink.audits, 'activityDateTime');
  const pick = (f) => users.filter(f).map((u) => u.upn);
  const truth = {
    generator: 'holdout2', seed, scenarios,
    benign: {
      signins: benign.signins,
      interactive: benign.interactive,
      noninteractive: benign.noninteractive,
      audits: benign.audits,
      travellers: pick((u) => u.trips),
      developers: pick((u) => u.role === 'developer'),
      service_accounts: pick((u) => u.role === 'service'),
    },
    period: { from: new Date(start).toISOString(), to: new Date(END).toISOString() },
  };
  writeJson(files.truth, truth);
  const stats = { users: users.length, interactive: sink.inter.length, noninteractive: sink.non.length, audits: sink.audits.length, benignSignins: benign.signins, ms: Date.now() - t0 };
  for (const k of ['signins', 'noninteractive', 'audits']) stats[`${k}MB`] = +(statSync(files[k]).size / 1e6).toFixed(1);
  if (!quiet) process.stderr.write(`holdout2: ${JSON.stringify(stats)}\n`);
  return { files, truth, stats };
}

function args(argv) {
  const o = {};
  for (let i = 0; i < argv.length; i++) {
    const k = argv[i];
    const v = argv[i + 1];
    if (k === '--out') o.out = v;
    else if (k === '--seed') o.seed = Number(v);
    else if (k === '--users') o.users = Number(v);
    else if (k === '--days') o.days = Number(v);
    else { console.error(`unknown argument ${k}`); process.exit(2); }
    i++;
  }
  if (!o.out) { console.error('usage: node tests/holdout2/generate.mjs --out DIR [--seed N] [--users N] [--days N]'); process.exit(2); }
  return o;
}

if (import.meta.url === `file://${process.argv[1]}`) generate(args(process.argv.slice(2)));
