#!/usr/bin/env node
// validate-sarif.js - checks SARIF logs written by `pitrace --format sarif`.
//
//   cd tests/report && npm ci && node validate-sarif.js FILE.sarif...
//
// 1. Validates each file against the official SARIF 2.1.0 JSON schema. The
//    schema is not vendored here: it is the copy of the OASIS schema that the
//    npm package @microsoft/sarif-multitool-linux (MIT) ships as
//    sarif-2.1.0.json, installed by `npm ci` from package.json.
// 2. Checks what GitHub code scanning needs beyond the schema: a driver
//    name, rules with ids and numeric security-severity strings, results
//    whose ruleIndex points at their rule, a location with a URI and a start
//    line, URI base ids that are declared, string partial fingerprints, and
//    GitHub's size limits.
// 3. With SARIF_MULTITOOL=1, also runs `Sarif.Multitool validate` from the
//    same package and fails on its errors.
//
// Prints one line per problem and "N passed, N failed"; exits 1 on failure.
'use strict';

const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const Ajv2020 = require('ajv/dist/2020');
const addFormats = require('ajv-formats');

const toolDir = path.dirname(require.resolve('@microsoft/sarif-multitool-linux/package.json'));
const schema = JSON.parse(fs.readFileSync(path.join(toolDir, 'sarif-2.1.0.json'), 'utf8'));

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validateSchema = ajv.compile(schema);

// Limits from GitHub's documentation of its SARIF support.
const LIMITS = { runs: 20, results: 25000, rules: 25000, threadFlowLocations: 10000 };

function githubProblems(log) {
  const problems = [];
  const need = (ok, what) => { if (!ok) problems.push(what); };
  need(Array.isArray(log.runs) && log.runs.length >= 1 && log.runs.length <= LIMITS.runs,
       'runs: one to 20 runs');
  (log.runs || []).forEach((run, r) => {
    const at = `runs[${r}]`;
    const driver = run.tool && run.tool.driver;
    need(driver && typeof driver.name === 'string' && driver.name, `${at}.tool.driver.name`);
    const rules = (driver && driver.rules) || [];
    need(rules.length <= LIMITS.rules, `${at}: at most ${LIMITS.rules} rules`);
    rules.forEach((rule, i) => {
      need(typeof rule.id === 'string' && rule.id, `${at}.tool.driver.rules[${i}].id`);
      const sev = rule.properties && rule.properties['security-severity'];
      if (sev !== undefined) {
        need(typeof sev === 'string' && /^\d+(\.\d+)?$/.test(sev) && +sev >= 0 && +sev <= 10,
             `${at}.tool.driver.rules[${i}].properties.security-severity: a string 0.0-10.0`);
      }
      need(rule.help && (rule.help.text || rule.help.markdown), `${at}.tool.driver.rules[${i}].help`);
    });
    if (run.automationDetails && run.automationDetails.id !== undefined) {
      need(typeof run.automationDetails.id === 'string', `${at}.automationDetails.id`);
    }
    const bases = run.originalUriBaseIds || {};
    const results = run.results || [];
    need(Array.isArray(run.results), `${at}.results: an array (empty when nothing was found)`);
    need(results.length <= LIMITS.results, `${at}: at most ${LIMITS.results} results`);
    results.forEach((res, i) => {
      const rat = `${at}.results[${i}]`;
      need(typeof res.ruleId === 'string', `${rat}.ruleId`);
      if (res.ruleIndex !== undefined) {
        need(rules[res.ruleIndex] && rules[res.ruleIndex].id === res.ruleId,
             `${rat}.ruleIndex points at rule ${res.ruleId}`);
      }
      need(res.message && typeof res.message.text === 'string' && res.message.text,
           `${rat}.message.text`);
      const loc = res.locations && res.locations[0] && res.locations[0].physicalLocation;
      need(loc && loc.artifactLocation && typeof loc.artifactLocation.uri === 'string',
           `${rat}.locations[0].physicalLocation.artifactLocation.uri`);
      need(loc && loc.region && Number.isInteger(loc.region.startLine) && loc.region.startLine >= 1,
           `${rat}.locations[0].physicalLocation.region.startLine`);
      const uriBase = loc && loc.artifactLocation && loc.artifactLocation.uriBaseId;
      if (uriBase !== undefined) {
        need(bases[uriBase] && /\/$/.test(bases[uriBase].uri), `${rat}: uriBaseId ${uriBase} is declared`);
        need(!/^[a-z]+:/i.test(loc.artifactLocation.uri), `${rat}: URI relative to ${uriBase}`);
      }
      for (const [k, v] of Object.entries(res.partialFingerprints || {})) {
        need(typeof v === 'string' && v, `${rat}.partialFingerprints.${k}`);
      }
      (res.codeFlows || []).forEach((cf, c) => (cf.threadFlows || []).forEach((tf, t) => {
        need(tf.locations.length <= LIMITS.threadFlowLocations,
             `${rat}.codeFlows[${c}].threadFlows[${t}]: at most ${LIMITS.threadFlowLocations} locations`);
      }));
    });
  });
  return problems;
}

function multitoolProblems(file) {
  const tool = path.join(toolDir, 'Sarif.Multitool');
  const out = path.join(require('os').tmpdir(), `pitrace-validate-${process.pid}.sarif`);
  try {
    fs.chmodSync(tool, 0o755);
    execFileSync(tool, ['validate', file, '--output', out, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh', '--quiet'],
                 { env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
                   stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (e) {
    if (!fs.existsSync(out)) return [`Sarif.Multitool did not run: ${e.message}`];
  }
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  fs.unlinkSync(out);
  const problems = [];
  for (const run of report.runs || []) {
    for (const res of run.results || []) {
      if ((res.level || 'warning') === 'error') {
        problems.push(`Sarif.Multitool ${res.ruleId}: ${res.message && (res.message.text ||
          (res.message.arguments || []).join(' '))}`);
      }
    }
  }
  return problems;
}

let passed = 0;
let failed = 0;
const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node validate-sarif.js FILE.sarif...');
  process.exit(2);
}
for (const file of files) {
  let problems = [];
  let log;
  try {
    log = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    problems.push(`not JSON: ${e.message}`);
  }
  if (log) {
    if (!validateSchema(log)) {
      problems = problems.concat(validateSchema.errors.map(
        (e) => `schema: ${e.instancePath || '/'} ${e.message}`));
    }
    problems = problems.concat(githubProblems(log));
    if (process.env.SARIF_MULTITOOL === '1') problems = problems.concat(multitoolProblems(file));
  }
  for (const p of problems) console.log(`${file}: ${p}`);
  if (problems.length) failed++; else passed++;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
