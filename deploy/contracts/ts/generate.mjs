// Generates the TypeScript types of the four committed OpenAPI documents into ts/generated/ (not committed:
// they are rebuilt from the contract on every build, so usage.ts is always checked against today's contract).
import { mkdirSync, writeFileSync } from 'node:fs';
import openapiTS, { astToString } from 'openapi-typescript';

const services = ['planning', 'finance', 'followup', 'reporting'];
const here = new URL('.', import.meta.url);
mkdirSync(new URL('generated/', here), { recursive: true });
for (const service of services) {
  const source = new URL(`../${service}-service.openapi.yaml`, here);
  const ast = await openapiTS(source);
  writeFileSync(new URL(`generated/${service}.ts`, here), astToString(ast));
  console.log(`ts/generated/${service}.ts from ${service}-service.openapi.yaml`);
}
