#!/usr/bin/env node
// validate-json.js - validates JSON files against a JSON schema (draft-07)
// with ajv: node validate-json.js SCHEMA FILE... Prints the errors of each
// file that fails and exits 1 when one does.
'use strict';

const fs = require('fs');
const Ajv = require('ajv');
const addFormats = require('ajv-formats');

const [schemaPath, ...files] = process.argv.slice(2);
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
let failed = 0;
for (const file of files) {
  if (!validate(JSON.parse(fs.readFileSync(file, 'utf8')))) {
    failed++;
    for (const e of validate.errors) console.log(`${file}: ${e.instancePath || '/'} ${e.message}`);
  }
}
console.log(`${files.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
